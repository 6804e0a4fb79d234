package org.backstop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real headless Chromium pointed at the app under test, with what page tests need: open
 * a page, find and type, move with the keyboard only, check accessibility with axe-core,
 * and save screenshots at phone and desktop widths for people to review.
 */
public final class Browser {

	/** Widths people use: a small phone and a laptop. */
	public static final Dimension PHONE = new Dimension(390, 844);

	public static final Dimension DESKTOP = new Dimension(1280, 900);

	/** Where screenshots go, for review after the run. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** The axe-core impact levels that fail a page. */
	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private final WebDriver driver;

	private final String base;

	private Browser(WebDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	public WebDriver driver() {
		return this.driver;
	}

	public Browser open(String path) {
		this.driver.get(this.base + path);
		return this;
	}

	public String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	public WebElement find(String cssSelector) {
		return this.driver.findElement(By.cssSelector(cssSelector));
	}

	public List<WebElement> findAll(String cssSelector) {
		return this.driver.findElements(By.cssSelector(cssSelector));
	}

	public String text(String cssSelector) {
		return find(cssSelector).getText();
	}

	public Browser click(String cssSelector) {
		find(cssSelector).click();
		return this;
	}

	/**
	 * Clicks something that loads a new page (a link, a submit button) and waits until
	 * the new page has replaced the old one, so the next step never reads the old page.
	 */
	public Browser follow(String cssSelector) {
		return leaving(() -> find(cssSelector).click());
	}

	/** Presses keys that load a new page, and waits for it as {@link #follow} does. */
	public Browser pressToLeave(CharSequence... keys) {
		return leaving(() -> press(keys));
	}

	private Browser leaving(Runnable action) {
		WebElement page = find("html");
		action.run();
		new WebDriverWait(this.driver, Waits.AT_MOST).withMessage("a new page to load").until((driver) -> isGone(page));
		new WebDriverWait(this.driver, Waits.AT_MOST).withMessage("the new page to finish loading")
			.until((driver) -> "complete"
				.equals(((JavascriptExecutor) driver).executeScript("return document.readyState;")));
		return this;
	}

	/**
	 * Whether the element belongs to a page that has been replaced. Chromium may answer
	 * for such an element with a stale-element error or, during the switch, with an
	 * inspector error that says the same.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException gone) {
			return true;
		}
	}

	public Browser type(String cssSelector, String text) {
		WebElement field = find(cssSelector);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Presses keys as a person without a mouse would, on whatever has the focus. */
	public Browser press(CharSequence... keys) {
		new Actions(this.driver).sendKeys(keys).perform();
		return this;
	}

	/**
	 * Presses Tab until the focused element matches, and fails if it never does within
	 * {@code maxTabs} presses, so a keyboard trap or an unreachable control fails the
	 * test.
	 */
	public Browser tabTo(String cssSelector, int maxTabs) {
		for (int i = 0; i < maxTabs; i++) {
			if (focusedMatches(cssSelector)) {
				return this;
			}
			press(Keys.TAB);
		}
		assertThat(focusedMatches(cssSelector))
			.as("reached %s with the Tab key within %d presses", cssSelector, maxTabs)
			.isTrue();
		return this;
	}

	public boolean focusedMatches(String cssSelector) {
		Object matches = ((JavascriptExecutor) this.driver).executeScript(
				"return document.activeElement !== null && document.activeElement.matches(arguments[0]);", cssSelector);
		return Boolean.TRUE.equals(matches);
	}

	/**
	 * Polls the page until the condition holds, for up to {@link Waits#AT_MOST}; fails
	 * naming what it waited for.
	 */
	public Browser waitUntil(String what, java.util.function.Predicate<Browser> condition) {
		new WebDriverWait(this.driver, Waits.AT_MOST).withMessage(what).until((driver) -> condition.test(this));
		return this;
	}

	/**
	 * Runs axe-core on the page as it is now and fails on any serious or critical
	 * violation, naming each rule and the elements it found.
	 */
	public Browser assertAccessible() {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
			.analyze(this.driver);
		List<Rule> failing = results.getViolations()
			.stream()
			.filter((rule) -> FAILING_IMPACTS.contains(rule.getImpact()))
			.toList();
		assertThat(failing).as("serious or critical accessibility problems on %s:%n%s", path(), describe(failing))
			.isEmpty();
		return this;
	}

	/**
	 * Saves the whole page as {@code name-phone.png} and {@code name-desktop.png}, then
	 * leaves the window at desktop width.
	 */
	public Browser screenshots(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			shoot(name + "-phone", PHONE);
			shoot(name + "-desktop", DESKTOP);
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not save the screenshots of " + name, ex);
		}
		return this;
	}

	private void shoot(String name, Dimension size) throws IOException {
		this.driver.manage().window().setSize(size);
		Object height = ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollHeight;");
		int pageHeight = Math.min(Math.max(size.getHeight(), ((Number) height).intValue()), 6000);
		this.driver.manage().window().setSize(new Dimension(size.getWidth(), pageHeight));
		File shot = ((ChromeDriver) this.driver).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		this.driver.manage().window().setSize(DESKTOP);
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map((rule) -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes()
						.stream()
						.map((node) -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	/**
	 * Starts one Chromium per test class, clears its cookies before each test so every
	 * test begins as a new visitor, and hands it to test methods that ask for a
	 * {@link Browser}.
	 */
	static final class Driving
			implements BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback, ParameterResolver {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

		@Override
		public void beforeEach(ExtensionContext context) {
			Browser browser = browser(context);
			browser.driver.manage().deleteAllCookies();
			browser.driver.manage().window().setSize(DESKTOP);
		}

		/** A failed test leaves a picture of the page as it was, to see why. */
		@Override
		public void afterTestExecution(ExtensionContext context) throws IOException {
			if (context.getExecutionException().isPresent()) {
				Browser browser = browser(context);
				Files.createDirectories(SCREENSHOTS);
				File shot = ((ChromeDriver) browser.driver).getScreenshotAs(OutputType.FILE);
				Files.copy(shot.toPath(),
						SCREENSHOTS.resolve("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
								+ context.getRequiredTestMethod().getName() + ".png"),
						StandardCopyOption.REPLACE_EXISTING);
			}
		}

		@Override
		public void afterAll(ExtensionContext context) {
			Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
			if (browser != null) {
				browser.driver.quit();
			}
		}

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == Browser.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return browser(context);
		}

		private static Browser browser(ExtensionContext context) {
			ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElseThrow()
					: context;
			return classContext.getStore(NAMESPACE)
				.getOrComputeIfAbsent("browser", (key) -> start(context), Browser.class);
		}

		private static Browser start(ExtensionContext context) {
			String port = SpringExtension.getApplicationContext(context)
				.getEnvironment()
				.getProperty("local.server.port");
			return new Browser(chromium(), "http://localhost:" + port);
		}

		/**
		 * Debian's Chromium, headless, with no background connections: the test machine
		 * has no internet, and Chromium would otherwise keep trying.
		 */
		private static WebDriver chromium() {
			String binary = System.getenv().getOrDefault("BACKSTOP_CHROMIUM", "/usr/bin/chromium");
			String driver = System.getenv().getOrDefault("BACKSTOP_CHROMEDRIVER", "/usr/bin/chromedriver");
			assertThat(new File(binary)).as("Chromium (run scripts/install-browser)").canRead();
			assertThat(new File(driver)).as("ChromeDriver (run scripts/install-browser)").canRead();
			ChromeOptions options = new ChromeOptions().setBinary(binary)
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-quic", "--no-first-run", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--disable-extensions",
						"--window-size=1280,900");
			// A British English browser: pages in English, and 999 as the emergency
			// number.
			options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-GB,en"));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
				.usingAnyFreePort()
				.build();
			ChromeDriver chrome = new ChromeDriver(service, options);
			chrome.manage().timeouts().pageLoadTimeout(Waits.AT_MOST);
			return chrome;
		}

	}

}
