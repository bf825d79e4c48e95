package app.stoika.db.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** JUnit 5 side of {@link DatabaseTest}: one database per test class, created from a template clone. */
public final class PostgresExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgresExtension.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) {
        database(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return database(extensionContext);
    }

    private static TestDatabase database(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        ExtensionContext classContext = classContext(context, testClass);
        return classContext.getStore(NS).getOrComputeIfAbsent("database", key -> {
            boolean demo = AnnotationSupport.findAnnotation(testClass, DatabaseTest.class)
                    .map(DatabaseTest::demoData).orElse(false);
            String name = "t" + COUNTER.incrementAndGet() + "_" + testClass.getSimpleName().toLowerCase(java.util.Locale.ROOT);
            return ThrowawayCluster.shared().createDatabase(name.substring(0, Math.min(name.length(), 60)), demo);
        }, TestDatabase.class);
    }

    private static ExtensionContext classContext(ExtensionContext context, Class<?> testClass) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() || c.getTestClass().map(k -> k != testClass).orElse(false)) {
            c = c.getParent().orElseThrow();
        }
        return c;
    }
}
