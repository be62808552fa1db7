package fr.passerelle.directory.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU time this JVM has used: the whole process (request threads, GC, JIT) and its threads
 * grouped by pool name ({@code executor-thread-3} counts under {@code executor-thread}).
 */
final class JvmCpu {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * A reading at a wall-clock instant: the process's CPU and each thread's, in nanoseconds, and the
   * time spent so far collecting garbage and compiling, in milliseconds.
   */
  record Reading(
      long wallNanos,
      long processNanos,
      Map<Long, Long> threadNanos,
      long garbageCollectionMillis,
      long compilationMillis) {

    /**
     * The CPU used since the earlier reading, per pool, in nanoseconds (threads that ended are
     * lost).
     */
    Map<String, Long> poolsSince(Reading earlier) {
      Map<String, Long> pools = new TreeMap<>();
      for (ThreadInfo thread : THREADS.getThreadInfo(threadIds())) {
        if (thread != null) {
          long used =
              threadNanos.getOrDefault(thread.getThreadId(), 0L)
                  - earlier.threadNanos.getOrDefault(thread.getThreadId(), 0L);
          pools.merge(pool(thread.getThreadName()), used, Long::sum);
        }
      }
      return pools;
    }

    private long[] threadIds() {
      return threadNanos.keySet().stream().mapToLong(Long::longValue).toArray();
    }
  }

  private JvmCpu() {}

  static Reading read() {
    Map<Long, Long> threads = new HashMap<>();
    for (long id : THREADS.getAllThreadIds()) {
      long nanos = THREADS.getThreadCpuTime(id);
      if (nanos >= 0) {
        threads.put(id, nanos);
      }
    }
    long collecting =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .mapToLong(GarbageCollectorMXBean::getCollectionTime)
            .sum();
    return new Reading(
        System.nanoTime(),
        OS.getProcessCpuTime(),
        threads,
        collecting,
        ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
  }

  private static String pool(String threadName) {
    return threadName.replaceAll("[-#]?\\d+$", "");
  }
}
