package app.stoika.db.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class a fresh, migrated database on the JVM's throwaway PostgreSQL cluster. Declare a
 * {@link TestDatabase} parameter on a constructor, lifecycle or test method to receive it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresExtension.class)
public @interface DatabaseTest {
    /** Start from the demo café (catalog, stock, staff, customers) instead of empty tables. */
    boolean demoData() default false;
}
