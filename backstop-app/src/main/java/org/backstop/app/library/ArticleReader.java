package org.backstop.app.library;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import org.backstop.core.knowledge.Source;

/**
 * Reads one article: checks its front matter strictly (a wrong article must stop the
 * start-up, not show a half page) and renders its Markdown to HTML that cannot carry
 * script: raw HTML is escaped, links keep only http(s) and relative addresses, and
 * headings sit below the title, the page's only {@code
 *
<h1>}.
 */
final class ArticleReader {

	static final Set<String> REQUIRED = Set.of("title", "summary", "reviewed", "sources", "tools", "tags");

	private static final Set<String> KNOWN = Set.of("title", "summary", "reviewed", "sources", "other-sources", "tools",
			"tags");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Parser PARSER = Parser.builder().build();

	private ArticleReader() {
	}

	/**
	 * The article in {@code content}, read from {@code fileName} (such as
	 * {@code heat-and-saunas.md}, whose slug is {@code heat-and-saunas}).
	 * @throws IllegalStateException naming the file and the field when anything is wrong
	 */
	static Article read(String fileName, String content) {
		return read(fileName, content, Locale.ENGLISH);
	}

	/** The article in {@code content}, written in {@code language}. */
	static Article read(String fileName, String content, Locale language) {
		String slug = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
		if (!SLUG.matcher(slug).matches()) {
			throw problem(fileName, "name", "use lower-case letters, digits and hyphens, ending in .md");
		}
		String[] lines = content.replace("\r\n", "\n").split("\n", -1);
		if (lines.length == 0 || !lines[0].strip().equals("---")) {
			throw problem(fileName, "front matter", "the file must start with a line '---'");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		List<String> otherSources = new ArrayList<>();
		int line = 1;
		for (; line < lines.length && !lines[line].strip().equals("---"); line++) {
			if (lines[line].isBlank()) {
				continue;
			}
			int colon = lines[line].indexOf(':');
			String key = (colon < 0) ? lines[line].strip() : lines[line].substring(0, colon).strip();
			String value = (colon < 0) ? "" : lines[line].substring(colon + 1).strip();
			if (!KNOWN.contains(key)) {
				throw problem(fileName, key, "unknown field on line " + (line + 1) + "; use one of " + KNOWN);
			}
			if (value.isEmpty()) {
				throw problem(fileName, key, "empty on line " + (line + 1));
			}
			if (key.equals("other-sources")) {
				// Free text that may hold commas and semicolons itself: one source per
				// line.
				otherSources.add(value);
			}
			else if (fields.putIfAbsent(key, value) != null) {
				throw problem(fileName, key, "given twice");
			}
		}
		if (line >= lines.length) {
			throw problem(fileName, "front matter", "no closing line '---'");
		}
		for (String key : REQUIRED.stream().sorted().toList()) {
			if (!fields.containsKey(key)) {
				throw problem(fileName, key, "missing");
			}
		}
		LocalDate reviewed;
		try {
			reviewed = LocalDate.parse(fields.get("reviewed"));
		}
		catch (DateTimeParseException ex) {
			throw problem(fileName, "reviewed", "'" + fields.get("reviewed") + "' is not a date (YYYY-MM-DD)");
		}
		List<Source> sources = new ArrayList<>();
		for (String name : split(fields.get("sources"), ";")) {
			sources.add(Arrays.stream(Source.values())
				.filter((source) -> source.shortName().equals(name))
				.findFirst()
				.orElseThrow(() -> problem(fileName, "sources", "unknown source '" + name + "'")));
		}
		List<Tool> tools = new ArrayList<>();
		for (String name : split(fields.get("tools"), ",")) {
			tools.add(Tool.named(name)
				.orElseThrow(() -> problem(fileName, "tools", "unknown tool '" + name + "'; use one of "
						+ Arrays.stream(Tool.values()).map(Tool::toolName).toList())));
		}
		List<String> tags = split(fields.get("tags"), ",").stream().map((tag) -> tag.toLowerCase(Locale.ROOT)).toList();
		Rendered body = render(String.join("\n", Arrays.asList(lines).subList(line + 1, lines.length)));
		return new Article(slug, language.getLanguage(), fields.get("title"), fields.get("summary"), reviewed,
				List.copyOf(sources), List.copyOf(otherSources), tools.stream().filter(Tool::available).toList(), tags,
				body.html(), body.headings(), body.text());
	}

	/** Markdown rendered to safe HTML, with its headings and its plain text. */
	record Rendered(String html, List<Article.Heading> headings, String text) {

	}

	static Rendered render(String markdown) {
		Node document = PARSER.parse(markdown);
		List<Heading> found = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				found.add(heading);
				visitChildren(heading);
			}
		});
		unlinkUnbuiltTools(document);
		// The title is the page's h1: the body's highest heading becomes an h2.
		int highest = found.stream().mapToInt(Heading::getLevel).min().orElse(2);
		int shift = Math.max(0, 2 - highest);
		Map<Node, String> ids = new IdentityHashMap<>();
		Set<String> used = new HashSet<>();
		List<Article.Heading> headings = new ArrayList<>();
		for (Heading heading : found) {
			heading.setLevel(Math.min(6, heading.getLevel() + shift));
			String text = plainText(heading);
			String id = anchor(text);
			for (int n = 2; !used.add(id); n++) {
				id = anchor(text) + "-" + n;
			}
			ids.put(heading, id);
			headings.add(new Article.Heading(heading.getLevel(), id, text));
		}
		HtmlRenderer html = HtmlRenderer.builder()
			.escapeHtml(true)
			.sanitizeUrls(true)
			.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https")))
			.attributeProviderFactory((context) -> (node, tagName, attributes) -> {
				if (ids.containsKey(node)) {
					attributes.put("id", ids.get(node));
				}
				if (node instanceof Link link && link.getDestination().matches("(?i)https?:.*")) {
					attributes.put("rel", "external noopener noreferrer");
				}
			})
			.build();
		String text = plainText(document).replaceAll("\\s+", " ").strip();
		return new Rendered(html.render(document), List.copyOf(headings), text);
	}

	/**
	 * A link to a tool that is not built yet would lead nowhere: its words stay, the link
	 * goes.
	 */
	private static void unlinkUnbuiltTools(Node document) {
		List<Link> unbuilt = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				if (Tool.isUnbuilt(link.getDestination())) {
					unbuilt.add(link);
				}
				visitChildren(link);
			}
		});
		for (Link link : unbuilt) {
			Node child = link.getFirstChild();
			while (child != null) {
				Node next = child.getNext();
				link.insertBefore(child);
				child = next;
			}
			link.unlink();
		}
	}

	/** The words a person reads, without link addresses: what search looks in. */
	private static String plainText(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}

			@Override
			public void visit(SoftLineBreak lineBreak) {
				text.append(' ');
			}

			@Override
			public void visit(Paragraph paragraph) {
				visitChildren(paragraph);
				text.append(' ');
			}

			@Override
			public void visit(Heading heading) {
				visitChildren(heading);
				text.append(' ');
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}
		});
		return text.toString().strip();
	}

	/** A heading's id: its words, without accents, joined by hyphens. */
	static String anchor(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+)|(-+$)", "");
		return plain.isEmpty() ? "section" : plain;
	}

	private static List<String> split(String value, String separator) {
		return Arrays.stream(value.split(Pattern.quote(separator)))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.toList();
	}

	private static IllegalStateException problem(String fileName, String field, String message) {
		return new IllegalStateException("Library article library/" + fileName + ", field '" + field + "': " + message);
	}

}
