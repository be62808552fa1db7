package fr.passerelle.directory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code passerelle.directory.*}: the directory's own settings. */
@ConfigMapping(prefix = "passerelle.directory")
public interface DirectoryConfig {

  /** How stale the nearest-sites index may get with changes made by another replica. */
  @WithDefault("PT5S")
  Duration nearbyRefresh();

  SessionsDone sessionsDone();

  /**
   * The job that marks the scheduled sessions that have ended as DONE ({@code SessionsDoneJob}).
   */
  interface SessionsDone {

    /** How often the job runs ({@code off} to stop it on this replica). */
    @WithDefault("PT5M")
    String every();

    /** Sessions marked DONE per transaction. */
    @WithDefault("200")
    int batchSize();
  }
}
