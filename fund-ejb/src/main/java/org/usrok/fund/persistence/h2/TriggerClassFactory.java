package org.usrok.fund.persistence.h2;

import org.h2.util.JdbcUtils;
import org.h2.util.Utils;

/**
 * Lets H2 load this package's trigger classes from the application's class loader: H2 lives in
 * its own server module and cannot see deployment classes by name. Registered before the
 * migrations run and removed when the application stops, so a redeployment never leaves a stale
 * class loader behind. Should H2 fire a trigger while no factory is registered, loading fails and
 * the UPDATE or DELETE is refused anyway: the guard fails closed.
 */
public final class TriggerClassFactory implements Utils.ClassFactory {

    private static final String PACKAGE = TriggerClassFactory.class.getPackageName() + ".";
    private static final TriggerClassFactory INSTANCE = new TriggerClassFactory();

    private TriggerClassFactory() {
    }

    public static void register() {
        JdbcUtils.removeClassFactory(INSTANCE);
        JdbcUtils.addClassFactory(INSTANCE);
    }

    public static void unregister() {
        JdbcUtils.removeClassFactory(INSTANCE);
    }

    @Override
    public boolean match(String name) {
        return name.startsWith(PACKAGE);
    }

    @Override
    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return Class.forName(name, true, TriggerClassFactory.class.getClassLoader());
    }
}
