package org.relieftrace.gateway.upstream;

import java.net.URI;
import java.util.List;

import org.relieftrace.gateway.GatewayConfig;

/**
 * 上游服务 — a service behind the gateway, with the public paths the gateway routes to it.
 */
public enum Upstream {

    /** 物资服务 — lots, stock, requests, transfers, distribution. */
    SUPPLIES("supplies", "Supplies service", "物资服务"),
    /** 救助服务 — funds, relief cases, payment batches. */
    RELIEF("relief", "Relief service", "救助服务"),
    /** 登记服务 — divisions, depots, catalog, households, disasters, shelters. */
    REGISTRY("registry", "Registry service", "登记服务");

    private final String key;
    private final String englishName;
    private final String chineseName;

    Upstream(String key, String englishName, String chineseName) {
        this.key = key;
        this.englishName = englishName;
        this.chineseName = chineseName;
    }

    /** Short name used in paths, configuration and health data: {@code supplies}, {@code relief}, {@code registry}. */
    public String key() {
        return key;
    }

    /** Public API base path, identical at the gateway and at the service: {@code /api/<key>}. */
    public String basePath() {
        return "/api/" + key;
    }

    /** Gateway path that serves the service's OpenAPI document (the service serves it at {@code /q/openapi}). */
    public String openApiPath() {
        return "/openapi/" + key;
    }

    /** Name shown to people, in Chinese or English. */
    public String displayName(boolean chinese) {
        return chinese ? chineseName : englishName;
    }

    /** The configured origins of this service's instances (one or more). */
    public List<URI> urls(GatewayConfig config) {
        return switch (this) {
            case SUPPLIES -> config.suppliesUrl();
            case RELIEF -> config.reliefUrl();
            case REGISTRY -> config.registryUrl();
        };
    }
}
