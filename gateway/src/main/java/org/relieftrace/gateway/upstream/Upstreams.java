package org.relieftrace.gateway.upstream;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

import org.relieftrace.gateway.GatewayConfig;

/**
 * 服务实例表 — the instances of each service behind the gateway (one per configured origin) and the round robin
 * over those in rotation.
 *
 * <p>{@link #candidates(Upstream)} gives the instances to try for one request, in order: those in rotation, starting
 * at the next one in turn. A request tries the first; where a retry is safe it moves on to the next.
 */
@Singleton
public class Upstreams {

    private final Map<Upstream, List<UpstreamInstance>> instances = new EnumMap<>(Upstream.class);
    private final Map<Upstream, AtomicInteger> turns = new EnumMap<>(Upstream.class);

    Upstreams(GatewayConfig config) {
        for (Upstream upstream : Upstream.values()) {
            List<UpstreamInstance> of = new ArrayList<>();
            for (URI url : upstream.urls(config)) {
                of.add(new UpstreamInstance(upstream, UpstreamOrigin.of(upstream, url)));
            }
            if (of.isEmpty()) {
                throw new IllegalArgumentException("relief." + upstream.key() + "-url names no instance");
            }
            instances.put(upstream, List.copyOf(of));
            turns.put(upstream, new AtomicInteger());
        }
    }

    /** Every configured instance of the service, in or out of rotation, in configuration order. */
    public List<UpstreamInstance> all(Upstream upstream) {
        return instances.get(upstream);
    }

    /** Every configured instance of every service. */
    public Collection<UpstreamInstance> all() {
        return instances.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The instances of the service in rotation, starting at the one whose turn it is (each call moves the turn on by
     * one); empty when none is in rotation.
     */
    public List<UpstreamInstance> candidates(Upstream upstream) {
        List<UpstreamInstance> inRotation = instances.get(upstream).stream().filter(UpstreamInstance::inRotation)
                .toList();
        if (inRotation.size() <= 1) {
            return inRotation;
        }
        int first = Math.floorMod(turns.get(upstream).getAndIncrement(), inRotation.size());
        List<UpstreamInstance> ordered = new ArrayList<>(inRotation.size());
        for (int i = 0; i < inRotation.size(); i++) {
            ordered.add(inRotation.get((first + i) % inRotation.size()));
        }
        return ordered;
    }
}
