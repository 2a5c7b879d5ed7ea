package fr.clausematch.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Work left "running" is taken over only from an owner known to be dead. */
class ProcessOwnerTest {

    @Test
    void thisProcessIsAliveAndReadsBackAsItself() {
        ProcessOwner me = ProcessOwner.current();
        assertThat(ProcessOwner.parse(me.toString())).contains(me);
        assertThat(me.isLocal()).isTrue();
        assertThat(ProcessOwner.isGone(me.toString())).isFalse();
    }

    @Test
    void aProcessThatEndedIsGone() throws Exception {
        Process child = new ProcessBuilder("true").start();
        long started = child.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        child.waitFor();
        String owner = ProcessOwner.current().host() + ":" + child.pid() + ":" + started;
        assertThat(ProcessOwner.isGone(owner)).isTrue();
    }

    @Test
    void aReusedPidIsGone() {
        ProcessOwner me = ProcessOwner.current();
        assertThat(ProcessOwner.isGone(me.host() + ":" + me.pid() + ":" + (me.startMillis() - 60_000))).isTrue();
    }

    @Test
    void anOwnerOnAnotherHostIsNotKnownDeadAndUnreadableOwnersAre() {
        assertThat(ProcessOwner.isGone("some-other-host.example:1:1")).isFalse();
        assertThat(ProcessOwner.parse("some-other-host.example:1:1")).contains(new ProcessOwner("some-other-host.example", 1, 1));
        assertThat(ProcessOwner.isGone(null)).isTrue();
        assertThat(ProcessOwner.isGone("no owner")).isTrue();
        assertThat(ProcessOwner.isGone("host:x:1")).isTrue();
    }
}
