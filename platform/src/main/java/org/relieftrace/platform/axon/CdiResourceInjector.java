package org.relieftrace.platform.axon;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import org.axonframework.modelling.saga.ResourceInjector;

/**
 * Gives a saga, after it is created or loaded, the CDI beans its {@code transient @Inject} fields ask for (a command
 * gateway, a clock, a query).
 */
final class CdiResourceInjector implements ResourceInjector {

    private final BeanManager beans;

    CdiResourceInjector(BeanManager beans) {
        this.beans = beans;
    }

    @Override
    public void injectResources(Object saga) {
        for (Class<?> type = saga.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class) && !Modifier.isStatic(field.getModifiers())) {
                    inject(saga, field);
                }
            }
        }
    }

    private void inject(Object saga, Field field) {
        Set<Bean<?>> found = beans.getBeans(field.getGenericType());
        if (found.isEmpty()) {
            throw new IllegalStateException("no bean for " + field + " of saga " + saga.getClass().getName());
        }
        Bean<?> bean = beans.resolve(found);
        try {
            field.setAccessible(true);
            field.set(saga, beans.getReference(bean, field.getGenericType(), beans.createCreationalContext(bean)));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot inject " + field, e);
        }
    }
}
