package org.backstop.app.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;

import org.backstop.core.questionnaire.Instrument;
import org.backstop.core.questionnaire.Item;
import org.backstop.core.questionnaire.Use;

/**
 * A questionnaire as its form shows it, in the reader's language: each item's question,
 * its hint and the words of each answer, from the {@code questionnaire} bundle, with the
 * core's English as the fallback so that an item the bundle lacks still reads. An
 * answer's words are the item's own ({@code questionnaire.<id>.<item>.choice.<n>}), else
 * the instrument's ({@code questionnaire.<id>.choice.<n>}), else the core's.
 *
 * @param id the instrument's id
 * @param name its name
 * @param topicsOnly whether the items are topics, not the licensed wording
 * @param items its questions, in order
 * @param max the highest score
 * @param hasTrend whether it measures change (a screening tool does not)
 */
public record QuestionnaireView(String id, String name, boolean topicsOnly, List<ItemView> items, double max,
		boolean hasTrend) {

	/** From this many answers an item is a scale of numbers, else named choices. */
	private static final int SCALE_FROM = 6;

	static QuestionnaireView of(Instrument instrument, MessageSource messages, Locale locale) {
		String prefix = "questionnaire." + instrument.id() + ".";
		List<ItemView> items = instrument.items().stream().map((item) -> {
			String key = prefix + item.id();
			Map<Integer, String> english = choiceWords(item);
			boolean scale = item.max() - item.min() + 1 >= SCALE_FROM;
			List<Choice> choices = IntStream.rangeClosed(item.min(), item.max())
				.mapToObj(
						(value) -> new Choice(value,
								scale ? String.valueOf(value) : messages.getMessage(key + ".choice." + value, null,
										messages.getMessage(prefix + "choice." + value, null,
												english.getOrDefault(value, String.valueOf(value)), locale),
										locale)))
				.toList();
			return new ItemView(item.id(), messages.getMessage(key, null, item.text(), locale),
					messages.getMessage(key + ".hint", null, item.answers(), locale), scale, choices);
		}).toList();
		return new QuestionnaireView(instrument.id(),
				messages.getMessage("questionnaire.name." + instrument.id(), null, instrument.name(), locale),
				instrument.use() == Use.WORDING_NOT_SHIPPED, items, instrument.max(), instrument.mcid() != null);
	}

	/**
	 * The core's words for each answer, from its "0 disagree, 1 agree" description; a
	 * number it does not name is said as the number.
	 */
	static Map<Integer, String> choiceWords(Item item) {
		Map<Integer, String> words = new LinkedHashMap<>();
		for (String part : item.answers().split(",")) {
			String[] numberAndWords = part.strip().split(" ", 2);
			if (numberAndWords.length == 2 && numberAndWords[0].matches("\\d+")) {
				words.put(Integer.parseInt(numberAndWords[0]), numberAndWords[1].strip());
			}
		}
		return words;
	}

	/** One question with its answers. */
	public record ItemView(String id, String text, String hint, boolean scale, List<Choice> choices) {
	}

	/** One answer: the number stored and the words shown. */
	public record Choice(int value, String label) {
	}

}
