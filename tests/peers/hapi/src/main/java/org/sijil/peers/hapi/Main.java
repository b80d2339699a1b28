package org.sijil.peers.hapi;

import ca.uhn.fhir.rest.server.RestfulServer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Starts HAPI FHIR JPA (R4) on PostgreSQL behind an embedded Jetty bound to 127.0.0.1 only.
 *
 * <pre>java -jar sijil-hapi-launcher.jar [port]</pre>
 *
 * Settings come from {@link Settings} (environment variables); the port may also be the first
 * argument. The FHIR base is http://127.0.0.1:PORT/fhir. Prints "SIJIL-HAPI READY ..." once the
 * servlet is initialised, and stops cleanly on SIGTERM.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // HAPI's schedulers are non-daemon threads: without an explicit exit a failed start
            // (port taken, database unreachable) would leave a JVM that never serves.
            LOG.error("Start-up failed", e);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Settings settings = Settings.fromEnvironment(args);

        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext();
        spring.getBeanFactory().registerSingleton("sijilSettings", settings);
        spring.register(ServerConfig.class);
        spring.refresh();
        RestfulServer fhirServlet = spring.getBean(RestfulServer.class);

        QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads(), 4);
        threads.setName("http");
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(16 * 1024);
        ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(Settings.BIND_HOST); // never 0.0.0.0
        connector.setPort(settings.port());
        jetty.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder holder = new ServletHolder("fhir", fhirServlet);
        holder.setInitOrder(1); // initialise (scan providers) before the first request, not during it
        context.addServlet(holder, "/fhir/*");
        jetty.setHandler(context);
        jetty.setStopAtShutdown(false);
        jetty.setStopTimeout(5000);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping");
            try {
                jetty.stop();
            } catch (Exception e) {
                LOG.warn("Jetty stop failed", e);
            }
            spring.close();
        }, "shutdown"));

        jetty.start();
        double seconds = (System.nanoTime() - t0) / 1e9;
        String base = "http://" + Settings.BIND_HOST + ":" + connector.getLocalPort() + "/fhir";
        LOG.info("SIJIL-HAPI READY {} in {} s", base, String.format("%.1f", seconds));
        System.out.println("SIJIL-HAPI READY " + base);
        jetty.join();
    }
}
