package fr.passerelle.directory.datainclusion;

import fr.passerelle.directory.site.SiteApi;

/** Values of the data·inclusion schema v1 (gip-inclusion/data-inclusion-schema 1.0.8). */
public final class DataInclusion {

  /** Producer identifier of our records; ids are {@code passerelle--<site code>}. */
  public static final String SOURCE = "passerelle";

  /** The {@code reseaux_porteurs} value of the E2C network. */
  public static final String E2C_NETWORK = "ecoles-de-la-deuxieme-chance";

  // The bounds of the export's values: ours (a site's code, name, texts) or the v1 vocabularies'.
  static final int SOURCE_MAX_LENGTH = 32;
  static final int ID_MAX_LENGTH = SOURCE_MAX_LENGTH + 2 + SiteApi.CODE_MAX_LENGTH + 32;
  static final int NAME_MAX_LENGTH = 150;
  static final int TEXT_MAX_LENGTH = 2000;
  static final int URL_MAX_LENGTH = 2000;
  static final int VALUE_MAX_LENGTH = 100;
  static final int MAX_VALUES = 20;

  /** The most sites the export lists, the first by code (the network has 124). */
  static final int MAX_STRUCTURES = 1000;

  /** Each site gives its path and, when it has upcoming sessions, its information sessions. */
  static final int MAX_SERVICES = 2 * MAX_STRUCTURES;

  private DataInclusion() {}

  public static String structureId(String siteCode) {
    return SOURCE + "--" + siteCode;
  }
}
