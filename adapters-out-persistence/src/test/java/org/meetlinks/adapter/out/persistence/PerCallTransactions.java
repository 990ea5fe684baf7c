package org.meetlinks.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * A repository seen through one of its ports, each call in a transaction of its own: what the container's
 * REQUIRED gives a caller that holds none (a service outside {@code RunTransactionPort}).
 */
final class PerCallTransactions {
    private PerCallTransactions() {}

    static <P> P of(PostgresFixture db, Class<P> port, Function<EntityManager, ? extends P> repository) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return onObject(proxy, method, args, port);
            }
            return db.inTransaction(em -> call(method, repository.apply(em), args));
        }));
    }

    private static Object call(Method method, Object target, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(method.getName() + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + method.getName(), e);
        }
    }

    private static Object onObject(Object proxy, Method method, Object[] args, Class<?> port) {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            default:
                return port.getSimpleName() + " on PostgreSQL";
        }
    }
}
