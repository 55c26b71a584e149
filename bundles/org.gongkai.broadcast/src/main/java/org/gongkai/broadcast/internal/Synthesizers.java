package org.gongkai.broadcast.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.broadcast.audio.SpeechStatus;
import org.gongkai.broadcast.speech.SpeechSynthesizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The speech synthesisers present, by service ranking: the highest-ranked available one speaks, so a vendor's bundle
 * with a higher ranking replaces the espeak-ng default, and when it goes (or reports itself unavailable) the next one
 * takes over. Thread-safe: DS binds and unbinds on its own threads.
 */
final class Synthesizers {
    private static final Logger LOG = LoggerFactory.getLogger(Synthesizers.class);

    private record Entry(SpeechSynthesizer synthesizer, int ranking, long serviceId) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::ranking).reversed()
            .thenComparingLong(Entry::serviceId);
    private final List<Entry> entries = new ArrayList<>();

    /** Adds a synthesiser with its service properties ({@code service.ranking}, {@code service.id}). */
    synchronized void add(SpeechSynthesizer s, Map<String, ?> props) {
        int ranking = props.get("service.ranking") instanceof Integer r ? r : 0;
        long id = props.get("service.id") instanceof Long l ? l : entries.size();
        entries.add(new Entry(s, ranking, id));
        entries.sort(ORDER);
        LOG.info("Speech synthesiser {} present (ranking {})", safeId(s), ranking);
    }

    synchronized void remove(SpeechSynthesizer s) {
        entries.removeIf(e -> e.synthesizer() == s);
    }

    /** The highest-ranked synthesiser that is available now. */
    Optional<SpeechSynthesizer> best() {
        for (SpeechSynthesizer s : snapshot()) {
            if (available(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The synthesiser that speaks now, or else the highest-ranked one, with its availability. */
    SpeechStatus status() {
        Optional<SpeechSynthesizer> best = best();
        if (best.isPresent()) {
            return new SpeechStatus(safeId(best.get()), true);
        }
        List<SpeechSynthesizer> all = snapshot();
        return new SpeechStatus(all.isEmpty() ? "" : safeId(all.get(0)), false);
    }

    private synchronized List<SpeechSynthesizer> snapshot() {
        return entries.stream().map(Entry::synthesizer).toList();
    }

    private static boolean available(SpeechSynthesizer s) {
        try {
            return s.available();
        } catch (RuntimeException e) {
            LOG.warn("Speech synthesiser {} failed to say whether it is available", safeId(s), e);
            return false;
        }
    }

    private static String safeId(SpeechSynthesizer s) {
        try {
            return String.valueOf(s.id());
        } catch (RuntimeException e) {
            return s.getClass().getName();
        }
    }
}
