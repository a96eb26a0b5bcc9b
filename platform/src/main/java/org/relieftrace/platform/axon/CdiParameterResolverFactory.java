package org.relieftrace.platform.axon;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Set;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import org.axonframework.common.Priority;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationParameterResolverFactory;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Gives a handler method a parameter no other resolver knows from the CDI bean of that type: how an aggregate's
 * command handler is handed a domain service it asks for by its (plain Java) interface — e.g. a claim on a unique
 * value written in the command's own transaction — while Axon's test fixtures hand it a test double through
 * {@code registerInjectableResource}. Asked after Axon's own resolvers (payload, metadata, message, the
 * configuration's components), so it changes nothing a handler resolved before; only the test fixtures' catch-all
 * (priority last, on the test class path) comes after it.
 */
@Priority(Priority.LOWER)
final class CdiParameterResolverFactory implements ParameterResolverFactory {

    private final BeanManager beans;

    CdiParameterResolverFactory(BeanManager beans) {
        this.beans = beans;
    }

    /** Axon's default resolvers followed by this one. */
    static ParameterResolverFactory of(Configuration configuration, BeanManager beans) {
        return MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(DefaultConfigurer.class),
                new ConfigurationParameterResolverFactory(configuration), new CdiParameterResolverFactory(beans));
    }

    @Override
    public ParameterResolver<Object> createInstance(Executable executable, Parameter[] parameters, int index) {
        if (index == 0) {
            return null; // the payload
        }
        Class<?> type = parameters[index].getType();
        Set<Bean<?>> found = beans.getBeans(type);
        if (type.isPrimitive() || type.getName().startsWith("java.") || found.isEmpty()) {
            return null;
        }
        Bean<?> bean = beans.resolve(found);
        return new ParameterResolver<>() {
            private volatile Object reference;

            @Override
            public Object resolveParameterValue(Message<?> message) {
                Object current = reference;
                if (current == null) {
                    current = beans.getReference(bean, type, beans.createCreationalContext(bean));
                    reference = current;
                }
                return current;
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
