package org.sijil.peers.hapi;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.mdm.svc.MdmMatchFinderSvcImpl;
import ca.uhn.fhir.jpa.mdm.svc.candidate.CandidateSearcher;
import ca.uhn.fhir.jpa.mdm.svc.candidate.MdmCandidateSearchCriteriaBuilderSvc;
import ca.uhn.fhir.jpa.mdm.svc.candidate.MdmCandidateSearchSvc;
import ca.uhn.fhir.jpa.searchparam.config.NicknameServiceConfig;
import ca.uhn.fhir.jpa.nickname.INicknameSvc;
import ca.uhn.fhir.jpa.partition.IRequestPartitionHelperSvc;
import ca.uhn.fhir.mdm.api.IMdmMatchFinderSvc;
import ca.uhn.fhir.mdm.api.IMdmSettings;
import ca.uhn.fhir.mdm.provider.MdmControllerHelper;
import ca.uhn.fhir.mdm.provider.PatientMatchProvider;
import ca.uhn.fhir.mdm.rules.config.MdmRuleValidator;
import ca.uhn.fhir.mdm.rules.config.MdmSettings;
import ca.uhn.fhir.mdm.rules.matcher.IMatcherFactory;
import ca.uhn.fhir.mdm.rules.matcher.MdmMatcherFactory;
import ca.uhn.fhir.mdm.rules.svc.MdmResourceMatcherSvc;
import ca.uhn.fhir.mdm.svc.MdmSearchParamSvc;
import ca.uhn.fhir.mdm.util.EIDHelper;
import ca.uhn.fhir.mdm.util.MessageHelper;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import ca.uhn.fhir.validation.IResourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Patient/$match (FHIR R4's MPI query) from HAPI's MDM match finder alone: candidates are found by
 * search parameters and scored with the rules in sijil-match-rules.json. Nothing else of MDM runs
 * (no golden resources, no links, no message subscriptions), so stored data is never changed by it.
 */
@Configuration
@Import(NicknameServiceConfig.class)
public class MatchConfig {

    @Bean
    public MdmRuleValidator mdmRuleValidator(FhirContext fhirContext, ISearchParamRegistry searchParams) {
        return new MdmRuleValidator(fhirContext, searchParams);
    }

    @Bean
    public IMdmSettings mdmSettings(MdmRuleValidator validator) throws IOException {
        MdmSettings settings = new MdmSettings(validator);
        try (InputStream in = MatchConfig.class.getResourceAsStream("/sijil-match-rules.json")) {
            settings.setScriptText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        // "Enabled" would mean the MDM pipeline (golden records on every write); only matching is used.
        settings.setEnabled(false);
        return settings;
    }

    @Bean
    public IMatcherFactory mdmMatcherFactory(FhirContext fhirContext, IMdmSettings settings, INicknameSvc nicknames) {
        return new MdmMatcherFactory(fhirContext, settings, nicknames);
    }

    @Bean
    public MdmResourceMatcherSvc mdmResourceMatcherSvc(
            FhirContext fhirContext, IMatcherFactory matchers, IMdmSettings settings) {
        return new MdmResourceMatcherSvc(fhirContext, matchers, settings);
    }

    @Bean
    public EIDHelper eidHelper(FhirContext fhirContext, IMdmSettings settings) {
        return new EIDHelper(fhirContext, settings);
    }

    @Bean
    public MdmSearchParamSvc mdmSearchParamSvc() {
        return new MdmSearchParamSvc();
    }

    @Bean
    public CandidateSearcher mdmCandidateSearcher(
            DaoRegistry daoRegistry, IMdmSettings settings, MdmSearchParamSvc searchParams) {
        return new CandidateSearcher(daoRegistry, settings, searchParams);
    }

    @Bean
    public MdmCandidateSearchCriteriaBuilderSvc mdmCandidateSearchCriteriaBuilderSvc() {
        return new MdmCandidateSearchCriteriaBuilderSvc();
    }

    @Bean
    public MdmCandidateSearchSvc mdmCandidateSearchSvc() {
        return new MdmCandidateSearchSvc();
    }

    @Bean
    public IMdmMatchFinderSvc mdmMatchFinderSvc() {
        return new MdmMatchFinderSvcImpl();
    }

    @Bean
    public PatientMatchProvider patientMatchProvider(
            FhirContext fhirContext,
            IResourceLoader resourceLoader,
            IMdmMatchFinderSvc matchFinder,
            IMdmSettings settings,
            IRequestPartitionHelperSvc partitions) {
        MdmControllerHelper helper = new MdmControllerHelper(
                fhirContext,
                resourceLoader,
                matchFinder,
                settings,
                new MessageHelper(settings, fhirContext),
                partitions);
        return new PatientMatchProvider(helper);
    }
}
