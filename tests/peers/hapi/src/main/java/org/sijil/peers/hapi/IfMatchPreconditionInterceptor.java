package org.sijil.peers.hapi;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;

/**
 * FHIR R4 (http.html#concurrency): an update whose If-Match names a version that is no longer
 * current fails with 412 Precondition Failed. HAPI FHIR JPA 8.8 answers 409 Conflict there (it
 * turns If-Match into a versioned id and the DAO throws a version conflict). This maps exactly
 * that case, a version conflict on a request that carried If-Match, to 412 with HAPI's own
 * OperationOutcome; every other 409 (e.g. two writers racing without If-Match) stays 409.
 * HAPI_IF_MATCH_409=1 switches it off to reproduce a stock HAPI server.
 */
@Interceptor
public class IfMatchPreconditionInterceptor {

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException staleIfMatchIs412(RequestDetails request, Throwable exception) {
        if (exception instanceof ResourceVersionConflictException conflict) {
            String ifMatch = request.getHeader(Constants.HEADER_IF_MATCH);
            if (ifMatch != null && !ifMatch.isBlank()) {
                PreconditionFailedException failed =
                        new PreconditionFailedException(conflict.getMessage(), conflict.getOperationOutcome());
                failed.initCause(conflict);
                return failed;
            }
        }
        return null; // keep the original exception
    }
}
