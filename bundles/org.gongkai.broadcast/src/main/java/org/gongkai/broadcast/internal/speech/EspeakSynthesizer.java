package org.gongkai.broadcast.internal.speech;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gongkai.broadcast.speech.SpeechOptions;
import org.gongkai.broadcast.speech.SpeechSynthesizer;
import org.gongkai.broadcast.speech.SynthesizedAudio;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The default speech synthesiser: Debian's espeak-ng, run as a process per script ({@code --stdin --stdout}, WAV),
 * on its own small thread pool so callers never wait; a process that outlives the timeout is killed. Robotic but
 * intelligible Mandarin ({@code cmn}), and Cantonese ({@code yue}) when asked for. Ranked low (-100) so that any
 * vendor synthesiser deployed beside it wins. Unavailable when the program is missing; the platform then sends the
 * text for terminals that speak it themselves.
 */
@Component(service = SpeechSynthesizer.class, configurationPid = "org.gongkai.broadcast.speech.espeak",
        property = Constants.SERVICE_RANKING + ":Integer=-100")
@Designate(ocd = EspeakSynthesizer.Config.class)
public class EspeakSynthesizer implements SpeechSynthesizer {

    @ObjectClassDefinition(name = "Gongkai speech synthesis: espeak-ng", description = "The bundled text-to-speech "
            + "of the loudspeaker network (Debian package espeak-ng)")
    public @interface Config {
        @AttributeDefinition(name = "Program", description = "espeak-ng executable: a name looked up on PATH or "
                + "an absolute path")
        String executable() default "espeak-ng";

        @AttributeDefinition(name = "Voice", description = "espeak-ng voice for Chinese scripts: cmn = Mandarin")
        String voice() default "cmn";

        @AttributeDefinition(name = "Speed (words per minute)", description = "espeak-ng -s; 80–450")
        int speed() default 150;

        @AttributeDefinition(name = "Timeout (s)", description = "A synthesis still running after this is killed "
                + "and fails")
        int timeoutSeconds() default 60;

        @AttributeDefinition(name = "Parallel syntheses", description = "espeak-ng processes at once; further "
                + "scripts wait in a queue")
        int threads() default 1;
    }

    private static final int QUEUE = 100;
    /** Bytes of the program's error output kept for the failure message. */
    private static final int ERROR_CHARS = 300;

    private final String executable;
    private final String voice;
    private final int speed;
    private final Duration timeout;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService killer;
    private final Set<Process> processes = ConcurrentHashMap.newKeySet();

    @Activate
    public EspeakSynthesizer(Config config) {
        this(config.executable(), config.voice(), config.speed(), Duration.ofSeconds(Math.max(1,
                config.timeoutSeconds())), config.threads());
    }

    public EspeakSynthesizer(String executable, String voice, int speed, Duration timeout, int threads) {
        this.executable = executable == null || executable.isBlank() ? "espeak-ng" : executable.strip();
        this.voice = voice == null || voice.isBlank() ? "cmn" : voice.strip();
        this.speed = Math.max(80, Math.min(450, speed));
        this.timeout = timeout;
        int n = Math.max(1, threads);
        this.pool = new ThreadPoolExecutor(n, n, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> daemon(r, "gongkai-espeak"));
        this.killer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "gongkai-espeak-timeout"));
    }

    @Deactivate
    public void close() {
        pool.shutdownNow();
        killer.shutdownNow();
        processes.forEach(Process::destroyForcibly);
    }

    @Override
    public String id() {
        return "espeak-ng";
    }

    @Override
    public boolean available() {
        return program().isPresent();
    }

    @Override
    public CompletableFuture<SynthesizedAudio> synthesize(String script, SpeechOptions options) {
        if (script == null || script.isBlank()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("empty script"));
        }
        Optional<Path> program = program();
        if (program.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("espeak-ng not found: " + executable));
        }
        String v = voiceFor(options == null ? SpeechOptions.MANDARIN : options);
        int wpm = (int) Math.round(speed * (options == null ? 1.0 : options.rate()));
        try {
            return CompletableFuture.supplyAsync(() -> run(program.get(), script.strip(), v, wpm), pool);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new IllegalStateException("espeak-ng is busy: too many scripts "
                    + "waiting"));
        }
    }

    private SynthesizedAudio run(Path program, String script, String v, int wpm) {
        Path errors = null;
        Process p = null;
        AtomicBoolean killed = new AtomicBoolean();
        try {
            errors = Files.createTempFile("gongkai-espeak", ".err");
            List<String> command = List.of(program.toString(), "-v", v, "-s", String.valueOf(Math.max(80,
                    Math.min(450, wpm))), "-b", "1", "--stdin", "--stdout");
            p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            processes.add(p);
            Process running = p;
            ScheduledFuture<?> watchdog = killer.schedule(() -> {
                killed.set(true);
                running.destroyForcibly();
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            byte[] wav;
            try {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(script.getBytes(StandardCharsets.UTF_8));
                } catch (IOException closed) {
                    // the program quit before reading its input (a bad voice, say): its exit code and error say why
                }
                try (InputStream out = p.getInputStream()) {
                    wav = out.readAllBytes();
                }
                p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                watchdog.cancel(false);
            }
            if (killed.get() || p.isAlive()) {
                p.destroyForcibly();
                throw new IllegalStateException(new TimeoutException("espeak-ng took longer than "
                        + timeout.toSeconds() + " s and was stopped"));
            }
            if (p.exitValue() != 0 || wav.length == 0) {
                throw new IllegalStateException("espeak-ng failed (exit " + p.exitValue() + "): " + head(errors));
            }
            return new SynthesizedAudio("audio/wav", wav, v);
        } catch (IOException e) {
            if (killed.get()) {
                throw new IllegalStateException(new TimeoutException("espeak-ng took longer than "
                        + timeout.toSeconds() + " s and was stopped"));
            }
            throw new IllegalStateException("cannot run espeak-ng: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("speech synthesis interrupted", e);
        } finally {
            if (p != null) {
                processes.remove(p);
                if (p.isAlive()) {
                    p.destroyForcibly();
                }
            }
            if (errors != null) {
                try {
                    Files.deleteIfExists(errors);
                } catch (IOException ignored) {
                    // a temporary file left in /tmp is harmless
                }
            }
        }
    }

    /** Cantonese scripts with the yue voice, everything else with the configured (Mandarin) voice. */
    private String voiceFor(SpeechOptions options) {
        Locale l = options.locale();
        boolean cantonese = l.getLanguage().equals("yue") || (l.getLanguage().equals("zh")
                && (l.getCountry().equals("HK") || l.getCountry().equals("MO")));
        return cantonese ? "yue" : voice;
    }

    /** The program as configured: an absolute path that is executable, or the first match on PATH. */
    Optional<Path> program() {
        if (executable.indexOf('/') >= 0) {
            Path p = Path.of(executable);
            return Files.isExecutable(p) && !Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "/usr/bin:/bin" : path).split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path p = Path.of(dir, executable);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static String head(Path errors) {
        try {
            String s = Files.readString(errors, StandardCharsets.UTF_8).strip();
            return s.length() > ERROR_CHARS ? s.substring(0, ERROR_CHARS) + "…" : s;
        } catch (IOException | RuntimeException e) {
            return "(no error output)";
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
