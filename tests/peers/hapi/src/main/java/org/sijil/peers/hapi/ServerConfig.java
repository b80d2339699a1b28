package org.sijil.peers.hapi;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.config.HapiJpaConfig;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.BasicDataSource;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * The storage side: HAPI's own R4 JPA configuration plus the few beans it expects the host to
 * provide (data source, entity manager factory, transaction manager, settings). No
 * subscriptions, no MDM pipeline (only its matcher, see MatchConfig), no Hibernate Search/Lucene,
 * no terminology loading.
 */
@Configuration
@Import({
    JpaR4Config.class,
    HapiJpaConfig.class,
    // Batch2 (the job framework behind $reindex, $expunge, bulk export, term loading) needs a
    // message broker; SubscriptionChannelConfig gives the in-memory one and nothing else.
    JpaBatch2Config.class,
    Batch2JobsConfig.class,
    SubscriptionChannelConfig.class,
    ThreadPoolFactoryConfig.class, // batch bundles and transactions run on it
    MatchConfig.class,
    FhirServerConfig.class
})
public class ServerConfig {

    @Bean
    public PartitionSettings partitionSettings() {
        return new PartitionSettings(); // partitioning off
    }

    @Bean
    public SubscriptionSettings subscriptionSettings() {
        return new SubscriptionSettings(); // no subscription channel types: subscriptions stay off
    }

    @Bean
    public JpaStorageSettings storageSettings() {
        JpaStorageSettings s = new JpaStorageSettings();
        // Every search sees the data as it is now: HAPI otherwise answers a repeated search from a
        // cached result set for 60 s, so a test that writes and then searches again sees old data.
        s.setReuseCachedSearchResultsForMillis(null);
        s.setAllowMultipleDelete(true);
        s.setExpungeEnabled(true);
        s.setDeleteExpungeEnabled(true);
        s.setAllowExternalReferences(true);
        // Conditional create/update "If-None-Exist" resolve through the match URL; keep the cache off
        // so a resource deleted in a test is not still "found" by the next conditional create.
        s.setMatchUrlCacheEnabled(false);
        s.setIndexMissingFields(JpaStorageSettings.IndexEnabledEnum.DISABLED);
        s.setAdvancedHSearchIndexing(false);
        s.setHibernateSearchIndexFullText(false);
        s.setHibernateSearchIndexSearchParams(false);
        // Background tasks a test server does not need: value-set pre-expansion, bulk export,
        // the legacy reindexer (Batch2 $reindex still works). Stale cached searches are cleaned.
        s.setEnableTaskPreExpandValueSets(false);
        s.setEnableTaskBulkExportJobExecution(false);
        s.setEnableTaskResourceReindexing(false);
        s.setEnableTaskStaleSearchCleanup(true);
        return s;
    }

    @Bean(destroyMethod = "close")
    public BasicDataSource dataSource(Settings settings) {
        BasicDataSource ds = new BasicDataSource();
        ds.setDriverClassName("org.postgresql.Driver");
        ds.setUrl(settings.dbUrl());
        ds.setUsername(settings.dbUser());
        ds.setPassword(settings.dbPassword());
        ds.setMaxTotal(settings.dbPool());
        ds.setMaxWait(java.time.Duration.ofSeconds(30));
        return ds;
    }

    @Bean
    @Primary
    public LocalContainerEntityManagerFactoryBean entityManagerFactory(
            ConfigurableListableBeanFactory beanFactory,
            FhirContext fhirContext,
            JpaStorageSettings storageSettings,
            DataSource dataSource) {
        LocalContainerEntityManagerFactoryBean emf =
                HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, storageSettings);
        emf.setPersistenceUnitName("SIJIL_HAPI_PU");
        emf.setDataSource(dataSource);
        Map<String, Object> jpa = new HashMap<>();
        jpa.put("hibernate.dialect", HapiFhirPostgresDialect.class.getName());
        // A fresh database per run: Hibernate creates the schema from HAPI's entities.
        jpa.put("hibernate.hbm2ddl.auto", "update");
        jpa.put("hibernate.search.enabled", "false");
        jpa.put("hibernate.jdbc.batch_size", "20");
        jpa.put("hibernate.format_sql", "false");
        jpa.put("hibernate.show_sql", "false");
        jpa.put("hibernate.cache.use_query_cache", "false");
        jpa.put("hibernate.cache.use_second_level_cache", "false");
        jpa.put("hibernate.cache.use_structured_entries", "false");
        jpa.put("hibernate.cache.use_minimal_puts", "false");
        jpa.put("hibernate.archive.scanner", "org.hibernate.boot.archive.scan.internal.DisabledScanner");
        emf.getJpaPropertyMap().putAll(jpa);
        return emf;
    }

    @Bean
    @Primary
    public JpaTransactionManager transactionManager(EntityManagerFactory emf) {
        JpaTransactionManager tm = new JpaTransactionManager();
        tm.setEntityManagerFactory(emf);
        return tm;
    }
}
