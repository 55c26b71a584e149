package org.gongkai.tools.simulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Command line: {@code java -jar terminal-simulator.jar --mode http --count 100 ...}; runs until Ctrl-C or for
 * {@code --duration}, printing the summary every {@code --report} seconds and at the end. {@code --help} lists the
 * options.
 */
public final class Main {
    static final String USAGE = """
            usage: java -jar terminal-simulator.jar [options]
              --mode http|mqtt          how terminals are reached (default http)
              --count N                 number of terminals (10)
              --ids PATTERN             id format of terminal i, 1-based (T%04d)
              --ack-ms MS               acknowledgement latency (50)
              --play-ms MS              playback duration (1000)
              --no-ack RATE             share of play commands never acknowledged, 0-1 (0)
              --fail RATE               share of acknowledged plays ending FAILED, 0-1 (0)
              --offline ID,ID,...       terminals switched off from the start
              --seed N                  random seed (1)
              --broker URL              MQTT broker (tcp://127.0.0.1:1883)
              --prefix P                MQTT topic prefix (gongkai/bc)
              --clients N               MQTT connections shared by the terminals (1)
              --host H                  HTTP bind address (127.0.0.1)
              --port N                  HTTP port, 0 = any free one (8089)
              --tokens PATTERN          HTTP token of each terminal, {id} = its id (token-{id})
              --volume-max N            the terminals' highest volume step (100)
              --duration S              stop after S seconds (0 = until Ctrl-C)
              --report S                print the summary every S seconds (10, 0 = only at the end)
            """;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("terminal-simulator: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        TerminalSimulator sim = TerminalSimulator.start(o.config());
        SimulatorConfig c = o.config();
        System.out.println("terminal-simulator: " + c.count() + " " + c.mode() + " terminals " + c.terminalId(1)
                + ".." + c.terminalId(c.count()) + (c.mode() == SimulatorConfig.Mode.HTTP
                        ? ", base URL of " + c.terminalId(1) + ": " + sim.baseUrl(c.terminalId(1)) + ", token "
                                + c.token(c.terminalId(1))
                        : ", broker " + c.brokerUrl() + ", prefix " + c.topicPrefix()));
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            done.countDown();
            sim.close();
            System.out.println("terminal-simulator: " + sim.stats().summary());
        }));
        long end = o.durationSeconds() > 0 ? System.currentTimeMillis() + o.durationSeconds() * 1000 : Long.MAX_VALUE;
        while (System.currentTimeMillis() < end) {
            long step = o.reportSeconds() > 0 ? o.reportSeconds() * 1000 : 1000;
            if (done.await(Math.min(step, end - System.currentTimeMillis()), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return;
            }
            if (o.reportSeconds() > 0 && System.currentTimeMillis() < end) {
                System.out.println("terminal-simulator: " + sim.stats().summary());
            }
        }
        System.exit(0); // the shutdown hook closes the terminals and prints the summary
    }

    /** The parsed command line. */
    record Options(SimulatorConfig config, long durationSeconds, long reportSeconds) {
    }

    static Options parse(String[] args) {
        SimulatorConfig.Mode mode = SimulatorConfig.Mode.HTTP;
        int count = 10;
        String ids = "T%04d";
        long ack = 50;
        long play = 1000;
        double noAck = 0;
        double fail = 0;
        Set<String> offline = new LinkedHashSet<>();
        long seed = 1;
        String broker = "tcp://127.0.0.1:1883";
        String prefix = "gongkai/bc";
        int clients = 1;
        String host = "127.0.0.1";
        int port = 8089;
        String tokens = "token-{id}";
        int volumeMax = 100;
        long duration = 0;
        long report = 10;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--mode" -> mode = SimulatorConfig.Mode.valueOf(v.toUpperCase(java.util.Locale.ROOT));
                    case "--count" -> count = Integer.parseInt(v);
                    case "--ids" -> ids = v;
                    case "--ack-ms" -> ack = Long.parseLong(v);
                    case "--play-ms" -> play = Long.parseLong(v);
                    case "--no-ack" -> noAck = Double.parseDouble(v);
                    case "--fail" -> fail = Double.parseDouble(v);
                    case "--offline" -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                            .forEach(offline::add);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--broker" -> broker = v;
                    case "--prefix" -> prefix = v;
                    case "--clients" -> clients = Integer.parseInt(v);
                    case "--host" -> host = v;
                    case "--port" -> port = Integer.parseInt(v);
                    case "--tokens" -> tokens = v;
                    case "--volume-max" -> volumeMax = Integer.parseInt(v);
                    case "--duration" -> duration = Long.parseLong(v);
                    case "--report" -> report = Long.parseLong(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option " + a + ": not a number: " + v);
            }
        }
        SimulatorConfig c = new SimulatorConfig(mode, count, ids, Duration.ofMillis(ack), Duration.ofMillis(play),
                noAck, fail, offline, seed, broker, prefix, clients, host, port, tokens, volumeMax);
        return new Options(c, duration, report);
    }
}
