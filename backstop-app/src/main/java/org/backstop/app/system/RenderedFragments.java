package org.backstop.app.system;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Parts of pages rendered once and then reused: a fragment whose markup depends only on
 * the language and on variables its caller names in the key (never on who is asking, and
 * holding no form, so no CSRF token) is rendered the first time and kept. The plan's
 * hundred clinical texts took most of its page's time on every view. Bounded: the least
 * lately used go first.
 */
@Component
public class RenderedFragments {

	/** About 50 KB each at most: a few MB of heap. */
	private static final int KEPT = 100;

	private final LatelyUsed<String, String> rendered = new LatelyUsed<>(KEPT);

	private final LongAdder renders = new LongAdder();

	private final SpringTemplateEngine engine;

	private final ApplicationContext context;

	RenderedFragments(SpringTemplateEngine engine, ApplicationContext context) {
		this.engine = engine;
		this.context = context;
	}

	/**
	 * The markup of {@code template :: fragment} with these variables in this language,
	 * rendered now or kept from an earlier call with the same key. The key must name
	 * everything the variables hold that the markup shows.
	 */
	public String of(String template, String fragment, String key, Locale locale, Map<String, Object> variables,
			HttpServletRequest request, HttpServletResponse response) {
		String fullKey = template + "::" + fragment + "\n" + locale.toLanguageTag() + "\n" + key;
		String kept = this.rendered.get(fullKey);
		if (kept != null) {
			return kept;
		}
		String markup = render(template, fragment, locale, variables, request, response);
		this.rendered.put(fullKey, markup);
		return markup;
	}

	/** How many times a fragment was rendered rather than reused. */
	public long renders() {
		return this.renders.sum();
	}

	private String render(String template, String fragment, Locale locale, Map<String, Object> variables,
			HttpServletRequest request, HttpServletResponse response) {
		this.renders.increment();
		// A web context, so links are built as on the page; the evaluation context lets
		// the fragment call beans (@clinicalTexts) as the page does.
		WebContext web = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale, variables);
		web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		return this.engine.process(template, Set.of(fragment), web);
	}

}
