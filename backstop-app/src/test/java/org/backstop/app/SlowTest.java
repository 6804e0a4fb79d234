package org.backstop.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test too slow for the quick loop: it starts apps of its own (in this JVM or as a
 * separate process), restarts them or runs for long. {@code ./mvnw test} leaves these
 * out; {@code ./mvnw verify} runs them, after the quick tests, with the browser tests.
 * Run one alone with
 * {@code ./mvnw -pl backstop-app -am verify -Dit.test=CleanStartTest -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface SlowTest {

}
