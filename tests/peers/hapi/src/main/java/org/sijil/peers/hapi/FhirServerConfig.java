package org.sijil.peers.hapi;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.IJpaSystemProvider;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.mdm.provider.PatientMatchProvider;
import ca.uhn.fhir.narrative2.NullNarrativeGenerator;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.interceptor.LoggingInterceptor;
import ca.uhn.fhir.rest.server.interceptor.RequestValidatingInterceptor;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import ca.uhn.fhir.validation.IValidatorModule;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST side: one RestfulServer with every R4 resource provider HAPI generated, the system
 * provider (transaction/batch, history, $expunge...), a JPA-backed CapabilityStatement and
 * database-backed paging so "next" links survive between requests.
 */
@Configuration
public class FhirServerConfig {

    @Bean
    public DatabaseBackedPagingProvider databaseBackedPagingProvider() {
        DatabaseBackedPagingProvider paging = new DatabaseBackedPagingProvider();
        paging.setDefaultPageSize(20);
        paging.setMaximumPageSize(500);
        return paging;
    }

    @Bean
    public RestfulServer restfulServer(
            Settings settings,
            FhirContext fhirContext,
            IFhirSystemDao<?, ?> systemDao,
            IJpaSystemProvider systemProvider,
            @Qualifier("myResourceProvidersR4") ResourceProviderFactory resourceProviders,
            JpaStorageSettings storageSettings,
            ISearchParamRegistry searchParamRegistry,
            IValidationSupport validationSupport,
            DatabaseBackedPagingProvider paging,
            @Qualifier("myInstanceValidator") IValidatorModule instanceValidator,
            PatientMatchProvider patientMatch) {
        fhirContext.setNarrativeGenerator(new NullNarrativeGenerator());

        RestfulServer server = new RestfulServer(fhirContext);
        server.registerProviders(resourceProviders.createProviders());
        server.registerProvider(systemProvider);
        server.registerProvider(patientMatch); // Patient/$match, see MatchConfig

        JpaCapabilityStatementProvider capabilities = new JpaCapabilityStatementProvider(
                server, systemDao, storageSettings, searchParamRegistry, validationSupport);
        capabilities.setImplementationDescription("Sijil test central server (HAPI FHIR JPA, PostgreSQL)");
        server.setServerConformanceProvider(capabilities);

        server.setPagingProvider(paging);
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        server.setDefaultPrettyPrint(false);

        LoggingInterceptor access = new LoggingInterceptor();
        access.setLoggerName("sijil.access");
        access.setMessageFormat(
                "${requestVerb} ${requestUrl} ${requestParameters} -> ${operationType} ${idOrResourceName} ${processingTimeMillis}ms");
        access.setLogExceptions(true);
        server.registerInterceptor(access);

        if (settings.ifMatch412()) {
            server.registerInterceptor(new IfMatchPreconditionInterceptor());
        }

        if (settings.validateRequests()) {
            RequestValidatingInterceptor validating = new RequestValidatingInterceptor();
            validating.addValidatorModule(instanceValidator);
            validating.setFailOnSeverity(ResultSeverityEnum.ERROR);
            server.registerInterceptor(validating);
        }
        return server;
    }
}
