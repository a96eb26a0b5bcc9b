package org.relieftrace.platform.axon;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.CompositeIndex;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexReader;
import org.jboss.jandex.IndexView;

/**
 * Finds a service's Axon building blocks in the Jandex indexes its modules ship ({@code META-INF/jandex.idx}):
 * aggregates are classes annotated {@code @AggregateRoot}, sagas declare {@code @SagaEventHandler} methods, and
 * projections and query handlers declare {@code @EventHandler} or {@code @QueryHandler} methods, and process classes
 * declare {@code @CommandHandler} methods outside an aggregate. Adding one to a service needs no change here.
 */
public final class HandlerDiscovery {

    private final IndexView index;
    private final ClassLoader classLoader;

    private HandlerDiscovery(IndexView index, ClassLoader classLoader) {
        this.index = index;
        this.classLoader = classLoader;
    }

    /** Reads every Jandex index visible to the class loader. */
    public static HandlerDiscovery fromClassPath(ClassLoader classLoader) {
        List<IndexView> indexes = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources("META-INF/jandex.idx"))) {
                try (InputStream in = url.openStream()) {
                    indexes.add(new IndexReader(in).read());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Jandex indexes", e);
        }
        return new HandlerDiscovery(CompositeIndex.create(indexes), classLoader);
    }

    /** Classes annotated {@code @AggregateRoot}. */
    public List<Class<?>> aggregates() {
        return load(classesOf(AggregateRoot.class, false));
    }

    /** Classes with {@code @SagaEventHandler} methods. */
    public List<Class<?>> sagas() {
        return load(classesOf(SagaEventHandler.class, true));
    }

    /** Handler beans that declare {@code @EventHandler} methods: the projections, each in a processing group. */
    public List<Class<?>> projections() {
        Set<String> names = new LinkedHashSet<>(classesOf(EventHandler.class, true));
        names.removeAll(classesOf(AggregateRoot.class, false));
        names.removeAll(classesOf(SagaEventHandler.class, true));
        return load(names);
    }

    /** Handler beans that declare {@code @QueryHandler} methods. */
    public List<Class<?>> queryHandlers() {
        return load(classesOf(QueryHandler.class, true));
    }

    /**
     * Handler beans that declare {@code @CommandHandler} methods outside an aggregate: process classes that load the
     * aggregates a command involves through their repositories, so all their events commit in one unit of work.
     */
    public List<Class<?>> commandHandlers() {
        Set<String> names = new LinkedHashSet<>(classesOf(CommandHandler.class, true));
        names.removeAll(classesOf(AggregateRoot.class, false));
        return load(names);
    }

    private Set<String> classesOf(Class<?> annotation, boolean onMethods) {
        Set<String> names = new java.util.TreeSet<>();
        for (AnnotationInstance found : index.getAnnotations(DotName.createSimple(annotation.getName()))) {
            AnnotationTarget target = found.target();
            if (onMethods && target.kind() == AnnotationTarget.Kind.METHOD) {
                names.add(target.asMethod().declaringClass().name().toString());
            } else if (!onMethods && target.kind() == AnnotationTarget.Kind.CLASS) {
                names.add(target.asClass().name().toString());
            }
        }
        return names;
    }

    private List<Class<?>> load(Set<String> names) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, classLoader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("indexed class " + name + " cannot be loaded", e);
            }
        }
        return classes;
    }
}
