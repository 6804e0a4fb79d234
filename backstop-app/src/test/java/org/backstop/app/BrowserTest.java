package org.backstop.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test in a real headless Chromium against the running app: the same app as
 * {@link ApiTest} (one started app serves both), with a {@link Browser} for each test
 * method to take as a parameter. Chromium and ChromeDriver come from
 * {@code scripts/install-browser}, which the build runs first; without them these tests
 * fail rather than skip.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(Browser.Driving.class)
@Tag("browser")
public @interface BrowserTest {

}
