package org.relieftrace.relief.shared;

import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateRoot;
import org.jboss.logging.Logger;

import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.StartupEvent;

import org.relieftrace.platform.axon.AxonRuntime;

/**
 * The service's process classes — CDI beans with {@code @CommandHandler} methods that are not aggregates — put on the
 * command bus once Axon has started. Such a handler runs in the command's one unit of work (one JTA transaction) and
 * loads the aggregates it coordinates through their Axon repositories ({@link Aggregates}).
 */
@ApplicationScoped
public class ProcessClasses {

    private static final Logger LOG = Logger.getLogger(ProcessClasses.class);
    private static final String PACKAGE = "org.relieftrace.relief.";

    @Inject
    AxonRuntime axon;

    @Inject
    BeanManager beans;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 10) StartupEvent event) {
        Configuration configuration = axon.configuration();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.getName().startsWith(PACKAGE) && !type.isAnnotationPresent(AggregateRoot.class)
                    && Arrays.stream(type.getDeclaredMethods()).anyMatch(ProcessClasses::handlesCommands)) {
                Object handler = ClientProxy.unwrap(beans.getReference(bean, type,
                        beans.createCreationalContext(bean)));
                new AnnotationCommandHandlerAdapter<>(handler, configuration.parameterResolverFactory(),
                        configuration.handlerDefinition(type)).subscribe(configuration.commandBus());
                LOG.infof("Process class on the command bus: %s", type.getSimpleName());
            }
        }
    }

    private static boolean handlesCommands(Method method) {
        return method.isAnnotationPresent(CommandHandler.class);
    }
}
