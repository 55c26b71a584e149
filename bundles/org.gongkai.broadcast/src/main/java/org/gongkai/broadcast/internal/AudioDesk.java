package org.gongkai.broadcast.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.gongkai.broadcast.Broadcast;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.Content;
import org.gongkai.broadcast.audio.AudioFile;
import org.gongkai.broadcast.audio.AudioInfo;
import org.gongkai.broadcast.audio.AudioKind;
import org.gongkai.broadcast.audio.BroadcastAudioService;
import org.gongkai.broadcast.audio.SpeechStatus;
import org.gongkai.broadcast.speech.SpeechOptions;
import org.gongkai.broadcast.speech.SpeechSynthesizer;
import org.gongkai.broadcast.speech.SynthesizedAudio;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Inputs;
import org.gongkai.platform.Message;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audio of broadcasts: checks and stores uploaded recordings, has the script spoken by the best available
 * {@link SpeechSynthesizer} (on demand, and in the background once a script is submitted), decides what plays — the
 * recording staff chose, else an audio URL written into the content, else speech synthesised from the current script,
 * else only the text — and serves the files to staff and, through signed links, to terminals.
 */
final class AudioDesk implements BroadcastAudioService, AudioSource {
    private static final Logger LOG = LoggerFactory.getLogger(AudioDesk.class);
    /** Tries of the background synthesis after a submission, and the pause between them in production. */
    static final int SUBMISSION_ATTEMPTS = 3;
    static final Duration SUBMISSION_RETRY_DELAY = Duration.ofSeconds(30);

    private final AudioStore store;
    private final BroadcastStore broadcasts;
    private final ReviewChain chain;
    private final TargetScope scope;
    private final BroadcastAccess access;
    private final Synthesizers synthesizers;
    private final AudioLinks links;
    private final Transactions tx;
    private final AuditTrail audit;
    private final int maxBytes;
    private final int maxSeconds;
    private final Clock clock;
    /** Stores synthesised audio off the synthesiser's threads (a vendor's client must not run our SQL). */
    private final ThreadPoolExecutor worker;
    private final Map<String, CompletableFuture<AudioInfo>> running = new ConcurrentHashMap<>();
    private final Duration retryDelay;

    /**
     * @param maxBytes largest upload accepted
     * @param maxSeconds longest audio accepted (the quality check's limit)
     * @param retryDelay pause before the background synthesis after a submission is tried again
     */
    AudioDesk(AudioStore store, BroadcastStore broadcasts, ReviewChain chain, TargetScope scope,
            Synthesizers synthesizers, AudioLinks links, Transactions tx, AuditTrail audit, int maxBytes,
            int maxSeconds, Clock clock, Duration retryDelay) {
        this.retryDelay = retryDelay;
        this.store = store;
        this.broadcasts = broadcasts;
        this.chain = chain;
        this.scope = scope;
        this.access = new BroadcastAccess(scope);
        this.synthesizers = synthesizers;
        this.links = links;
        this.tx = tx;
        this.audit = audit;
        this.maxBytes = maxBytes;
        this.maxSeconds = maxSeconds;
        this.clock = clock;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), r -> {
            Thread t = new Thread(r, "gongkai-bc-audio");
            t.setDaemon(true);
            return t;
        });
    }

    void close() {
        worker.shutdownNow();
    }

    @Override
    public SpeechStatus speech() {
        return synthesizers.status();
    }

    @Override
    public List<AudioInfo> list(Actor actor, String broadcastId) {
        Broadcast b = find(broadcastId);
        access.requireVisible(actor, b, itemRegion(b));
        return infos(b);
    }

    @Override
    public AudioInfo upload(Actor actor, String broadcastId, String label, InputStream in) {
        Broadcast b = find(broadcastId);
        requireEditable(actor, b);
        byte[] data;
        try {
            data = in == null ? new byte[0] : in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw ValidationException.of("file", "文件读取失败", "The file could not be read");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = Inputs.name(errors, "label", label, 100);
        AudioProbe.Result audio = null;
        if (data.length == 0) {
            errors.add(FieldError.of("file", "请选择音频文件", "Choose an audio file"));
        } else if (data.length > maxBytes) {
            long mb = Math.max(1, maxBytes / (1024 * 1024));
            errors.add(FieldError.of("file", "文件过大（最大" + mb + " MB）", "The file is too large (" + mb + " MB at most)"));
        } else {
            try {
                audio = AudioProbe.probe(data);
                tooLong(audio).ifPresent(errors::add);
            } catch (AudioProbe.InvalidAudio e) {
                errors.add(FieldError.of("file", e.zh(), e.en()));
            }
        }
        Inputs.check(errors);
        AudioProbe.Result ok = audio;
        String id = tx.required(() -> {
            String aid = store.insert(b.id(), AudioKind.UPLOADED, name, ok.format().contentType(), ok.durationMs(),
                    ok.data(), sha256(ok.data()), null, clock.instant(), actor.username());
            audit.append(actor, "BROADCAST_AUDIO_UPLOADED", "broadcast", b.id(), aid + " " + name + " "
                    + ok.durationMs() + " ms");
            return aid;
        });
        return info(b, id);
    }

    @Override
    public CompletableFuture<AudioInfo> synthesize(Actor actor, String broadcastId) {
        Broadcast b = find(broadcastId);
        requireEditable(actor, b);
        if (script(b) == null) {
            throw ValidationException.of("script", "请先填写并保存口播稿", "Write and save the spoken script first");
        }
        if (synthesizers.best().isEmpty()) {
            throw ValidationException.of("script", "语音合成服务不可用：播出时终端将收到文字稿，由支持文字播报的终端自行播报",
                    "Speech synthesis is unavailable: terminals will get the text and speak it themselves if they can");
        }
        return speak(actor, b);
    }

    @Override
    public List<AudioInfo> choose(Actor actor, String broadcastId, String audioId) {
        Broadcast b = find(broadcastId);
        requireEditable(actor, b);
        String id = audioId == null || audioId.isBlank() ? null : audioId.strip();
        tx.required(() -> {
            if (!store.choose(b.id(), id)) {
                throw new NotFoundException("音频 audio", id);
            }
            audit.append(actor, "BROADCAST_AUDIO_CHOSEN", "broadcast", b.id(), id == null ? "automatic" : id);
        });
        return infos(b);
    }

    @Override
    public void delete(Actor actor, String broadcastId, String audioId) {
        Broadcast b = find(broadcastId);
        requireEditable(actor, b);
        tx.required(() -> {
            if (!store.delete(b.id(), audioId == null ? "" : audioId)) {
                throw new NotFoundException("音频 audio", audioId);
            }
            audit.append(actor, "BROADCAST_AUDIO_DELETED", "broadcast", b.id(), audioId);
        });
    }

    @Override
    public AudioFile open(Actor actor, String audioId) {
        AudioStore.Stored s = store.data(audioId == null ? "" : audioId).orElseThrow(() -> new NotFoundException(
                "音频 audio", audioId));
        Broadcast b = find(s.broadcastId());
        access.requireVisible(actor, b, itemRegion(b));
        return new AudioFile(s.id(), s.contentType(), s.data());
    }

    @Override
    public AudioFile openSigned(String audioId, String expires, String signature) {
        // one answer for a bad, expired or unknown link: nothing to learn by probing
        if (!links.valid(audioId, expires, signature)) {
            throw new NotFoundException("音频 audio", audioId);
        }
        AudioStore.Stored s = store.data(audioId).orElseThrow(() -> new NotFoundException("音频 audio", audioId));
        return new AudioFile(s.id(), s.contentType(), s.data());
    }

    // -- AudioSource: what the review chain and delivery see --

    @Override
    public String audioUrl(Broadcast b) {
        Optional<AudioStore.Meta> played = played(b, store.of(b.id()));
        return played.map(m -> links.url(m.id())).orElse(b.content().audioUrl());
    }

    @Override
    public Broadcast withPlayedAudio(Broadcast b) {
        Optional<AudioStore.Meta> played = played(b, store.of(b.id()));
        if (played.isEmpty()) {
            return b;
        }
        Content c = b.content();
        int seconds = (int) Math.ceil(played.get().durationMs() / 1000.0);
        return new Broadcast(b.id(), b.kind(), new Content(c.title(), c.text(), links.url(played.get().id()), seconds),
                b.agencyCode(), b.author(), b.targets(), b.emergency(), b.state(), b.history());
    }

    @Override
    public void submitted(Actor actor, Broadcast b) {
        speakAfterSubmission(actor, b.id(), 1);
    }

    /**
     * Background synthesis of a submitted script, tried up to {@link #SUBMISSION_ATTEMPTS} times {@link #retryDelay}
     * apart (a synthesiser that is briefly down, a cloud quota). Each attempt looks at the broadcast as it is then:
     * nothing to do once audio plays, the script is gone or no synthesiser is left. A script that is too long is not
     * retried; staff see why when they synthesise by hand.
     */
    private void speakAfterSubmission(Actor actor, String broadcastId, int attempt) {
        Optional<Broadcast> now = broadcasts.find(broadcastId);
        if (now.isEmpty() || script(now.get()) == null || played(now.get(), store.of(broadcastId)).isPresent()
                || synthesizers.best().isEmpty()) {
            return;
        }
        speak(actor, now.get()).exceptionally(e -> {
            Throwable why = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (attempt < SUBMISSION_ATTEMPTS && !(why instanceof ValidationException) && !worker.isShutdown()) {
                LOG.warn("Broadcast {}: speech synthesis after submission failed (attempt {} of {}): {}; trying again"
                        + " in {} s", broadcastId, attempt, SUBMISSION_ATTEMPTS, why.toString(),
                        retryDelay.toSeconds());
                CompletableFuture.delayedExecutor(retryDelay.toMillis(), TimeUnit.MILLISECONDS, worker)
                        .execute(() -> speakAfterSubmission(actor, broadcastId, attempt + 1));
            } else {
                LOG.warn("Broadcast {}: speech synthesis after submission failed; terminals get the text",
                        broadcastId, why);
            }
            return null;
        });
    }

    // -- internals --

    /**
     * The stored file that plays: the one chosen (a synthesised one only while its script is current), else — when
     * the content names no audio URL of its own — the newest synthesised file of the current script.
     */
    private Optional<AudioStore.Meta> played(Broadcast b, List<AudioStore.Meta> files) {
        String script = scriptHash(b);
        for (AudioStore.Meta m : files) {
            if (m.chosen() && (m.kind() == AudioKind.UPLOADED || m.scriptSha256().equals(script))) {
                return Optional.of(m);
            }
        }
        if (b.content().audioUrl() != null) {
            return Optional.empty();
        }
        return files.stream().filter(m -> m.kind() == AudioKind.SYNTHESIZED && m.scriptSha256() != null
                && m.scriptSha256().equals(script)).findFirst();
    }

    /** Speaks the script once at a time per broadcast: a second request while one runs gets the same future. */
    private CompletableFuture<AudioInfo> speak(Actor actor, Broadcast b) {
        String script = script(b);
        CompletableFuture<AudioInfo> result = new CompletableFuture<>();
        CompletableFuture<AudioInfo> already = running.putIfAbsent(b.id(), result);
        if (already != null) {
            return already;
        }
        Optional<SpeechSynthesizer> s = synthesizers.best();
        CompletableFuture<SynthesizedAudio> spoken;
        if (s.isEmpty()) {
            spoken = CompletableFuture.failedFuture(new IllegalStateException("no speech synthesiser available"));
        } else {
            try {
                spoken = s.get().synthesize(script, SpeechOptions.MANDARIN);
            } catch (RuntimeException e) {
                spoken = CompletableFuture.failedFuture(e);
            }
        }
        String by = s.map(SpeechSynthesizer::id).orElse("?");
        spoken.thenApplyAsync(a -> store(actor, b, script, a, by), worker).whenComplete((info, e) -> {
            running.remove(b.id(), result);
            if (e == null) {
                result.complete(info);
            } else {
                result.completeExceptionally(e instanceof CompletionException && e.getCause() != null
                        ? e.getCause() : e);
            }
        });
        return result;
    }

    private AudioInfo store(Actor actor, Broadcast b, String script, SynthesizedAudio spoken, String synthesizer) {
        AudioProbe.Result audio;
        try {
            audio = AudioProbe.probe(spoken.data());
        } catch (AudioProbe.InvalidAudio e) {
            throw new IllegalStateException("speech synthesiser " + synthesizer + " returned no valid audio: "
                    + e.en());
        }
        Optional<FieldError> tooLong = tooLong(audio);
        if (tooLong.isPresent()) {
            throw new ValidationException(List.of(FieldError.of("script", "合成语音" + tooLong.get().zh(),
                    "Synthesised speech: " + tooLong.get().en())));
        }
        String label = "普通话（合成：" + synthesizer + (spoken.voice() == null ? "" : " " + spoken.voice()) + "）";
        String id = tx.required(() -> {
            store.dropUnchosenSynthesized(b.id());
            String aid = store.insert(b.id(), AudioKind.SYNTHESIZED, label.length() > 100 ? label.substring(0, 100)
                    : label, audio.format().contentType(), audio.durationMs(), audio.data(), sha256(audio.data()),
                    sha256(script.getBytes(StandardCharsets.UTF_8)), clock.instant(), actor.username());
            audit.append(actor, "BROADCAST_AUDIO_SYNTHESIZED", "broadcast", b.id(), aid + " " + synthesizer + " "
                    + audio.durationMs() + " ms");
            return aid;
        });
        return info(b, id);
    }

    private Optional<FieldError> tooLong(AudioProbe.Result audio) {
        long seconds = (audio.durationMs() + 999) / 1000;
        if (seconds <= maxSeconds) {
            return Optional.empty();
        }
        return Optional.of(FieldError.of("file", "时长" + seconds + "秒，超过上限" + maxSeconds + "秒",
                "The audio lasts " + seconds + " s, more than the limit of " + maxSeconds + " s"));
    }

    private List<AudioInfo> infos(Broadcast b) {
        List<AudioStore.Meta> files = store.of(b.id());
        String plays = played(b, files).map(AudioStore.Meta::id).orElse(null);
        String script = scriptHash(b);
        return files.stream().map(m -> new AudioInfo(m.id(), m.broadcastId(), m.kind(), m.label(), m.contentType(),
                m.sizeBytes(), m.durationMs(), m.sha256(), m.chosen(), m.kind() == AudioKind.UPLOADED
                        || script.equals(m.scriptSha256()), m.id().equals(plays), m.createdAt(), m.createdBy()))
                .toList();
    }

    private AudioInfo info(Broadcast b, String id) {
        return infos(b).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("音频 audio", id));
    }

    private void requireEditable(Actor actor, Broadcast b) {
        if (b.state() != BroadcastState.DRAFT) {
            throw new ConflictException(Message.of("只有草稿可以修改语音", "Only a draft's audio can be changed"));
        }
        chain.requireAuthor(actor, b);
    }

    private Broadcast find(String id) {
        return broadcasts.find(id == null ? "" : id).orElseThrow(() -> new NotFoundException("广播 broadcast", id));
    }

    private String itemRegion(Broadcast b) {
        try {
            return scope.itemRegion(b.targets());
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String script(Broadcast b) {
        String s = b.content().text();
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String scriptHash(Broadcast b) {
        String s = script(b);
        return s == null ? "" : sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
