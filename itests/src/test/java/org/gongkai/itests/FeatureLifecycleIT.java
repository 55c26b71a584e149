package org.gongkai.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.inject.Inject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.features.FeaturesService;
import org.gongkai.itests.cap.TestCapabilityActivator;
import org.ops4j.pax.exam.util.Filter;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** Installing and uninstalling a capability feature changes /api/capabilities live; the console realm is ours. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class FeatureLifecycleIT extends GongkaiTestSupport {

    @Inject
    @Filter(timeout = 180_000)
    FeaturesService features;

    @Before
    public void ready() throws Exception {
        awaitReady();
    }

    @Test
    public void installingAndUninstallingACapabilityFeatureChangesTheCapabilityListLive() throws Exception {
        Path dir = Files.createTempDirectory("gongkai-itest-feature");
        Path jar = dir.resolve("itest-capability.jar");
        writeBundle(jar);
        Path repo = dir.resolve("features.xml");
        Files.writeString(repo, "<features name=\"gongkai-itest\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">"
                + "<feature name=\"gongkai-itest-capability\" version=\"1.0.0\">"
                + "<feature>gongkai-platform</feature><bundle>" + jar.toUri() + "</bundle></feature></features>");
        URI repoUri = repo.toUri();
        features.addRepository(repoUri);
        try {
            assertFalse(get("/api/capabilities", null).body().contains("itest-feature"));
            features.installFeature("gongkai-itest-capability");
            assertTrue(awaitCapabilities(true));
            assertTrue(console("gongkai:capabilities").contains("itest-feature"));
            features.uninstallFeature("gongkai-itest-capability");
            assertTrue(awaitCapabilities(false));
            features.installFeature("gongkai-itest-capability");
            assertTrue(awaitCapabilities(true));
            features.uninstallFeature("gongkai-itest-capability");
            assertTrue(awaitCapabilities(false));
        } finally {
            features.removeRepository(repoUri);
        }
    }

    private static boolean awaitCapabilities(boolean present) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (get("/api/capabilities", null).body().contains("\"itest-feature\"") == present) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static void writeBundle(Path jar) throws Exception {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.gongkai.itests.capability");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", TestCapabilityActivator.class.getName());
        a.putValue("Import-Package", "org.gongkai.platform.capability,org.osgi.framework");
        String entry = TestCapabilityActivator.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out, mf);
                InputStream cls = TestCapabilityActivator.class.getClassLoader().getResourceAsStream(entry)) {
            jos.putNextEntry(new JarEntry(entry));
            cls.transferTo(jos);
            jos.closeEntry();
        }
    }

    @Test
    public void theKarafRealmLogsInWithGongkaiAccountsAndGivesAdminsTheConsoleRoles() throws Exception {
        LoginContext ok = login("admin", DEMO_PASSWORD);
        ok.login();
        assertTrue(ok.getSubject().getPrincipals().stream().anyMatch(p -> p.getName().equals("ssh")));
        LoginContext staff = login("registrar", DEMO_PASSWORD);
        staff.login();
        assertFalse(staff.getSubject().getPrincipals().stream().anyMatch(p -> p.getName().equals("ssh")));
        try {
            login("admin", "not-the-password").login();
            throw new AssertionError("a wrong password must not log in");
        } catch (LoginException expected) {
            // refused
        }
    }

    private static LoginContext login(String user, String password) throws LoginException {
        return new LoginContext("karaf", callbacks -> {
            for (javax.security.auth.callback.Callback c : callbacks) {
                if (c instanceof NameCallback n) {
                    n.setName(user);
                } else if (c instanceof PasswordCallback p) {
                    p.setPassword(password.toCharArray());
                }
            }
        });
    }
}
