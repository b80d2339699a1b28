package org.sijil.peers.hapi;

import java.util.Map;

/**
 * The launcher's settings, read once at start from the environment (and the port from argv[0]).
 *
 * <ul>
 *   <li>HAPI_PORT: TCP port on 127.0.0.1 (0 picks a free one; default 8080)</li>
 *   <li>HAPI_DB_URL: JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/hapi (required)</li>
 *   <li>HAPI_DB_USER, HAPI_DB_PASSWORD: database credentials</li>
 *   <li>HAPI_VALIDATE=1: validate every request body against the base R4 profiles (slower)</li>
 *   <li>HAPI_IF_MATCH_409=1: answer a stale If-Match with 409 like stock HAPI, not R4's 412</li>
 *   <li>HAPI_MAX_THREADS: Jetty worker threads (default 24)</li>
 *   <li>HAPI_DB_POOL: database connections (default 10)</li>
 * </ul>
 */
public record Settings(
        int port,
        String dbUrl,
        String dbUser,
        String dbPassword,
        boolean validateRequests,
        boolean ifMatch412,
        int maxThreads,
        int dbPool) {

    /** The only address the HTTP connector binds. */
    public static final String BIND_HOST = "127.0.0.1";

    private static boolean flag(Map<String, String> env, String name) {
        String v = env.get(name);
        return "1".equals(v) || "true".equalsIgnoreCase(v) || "yes".equalsIgnoreCase(v);
    }

    public static Settings fromEnvironment(String[] args) {
        Map<String, String> env = System.getenv();
        String port = args.length > 0 ? args[0] : env.getOrDefault("HAPI_PORT", "8080");
        String url = env.get("HAPI_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("HAPI_DB_URL is not set (jdbc:postgresql://127.0.0.1:PORT/DB)");
        }
        return new Settings(
                Integer.parseInt(port.trim()),
                url,
                env.getOrDefault("HAPI_DB_USER", "hapi"),
                env.getOrDefault("HAPI_DB_PASSWORD", ""),
                flag(env, "HAPI_VALIDATE"),
                !flag(env, "HAPI_IF_MATCH_409"),
                Integer.parseInt(env.getOrDefault("HAPI_MAX_THREADS", "24")),
                Integer.parseInt(env.getOrDefault("HAPI_DB_POOL", "10")));
    }
}
