package fr.passerelle.directory.datainclusion;

/** Values of the data·inclusion schema v1 (gip-inclusion/data-inclusion-schema 1.0.8). */
public final class DataInclusion {

  /** Producer identifier of our records; ids are {@code passerelle--<site code>}. */
  public static final String SOURCE = "passerelle";

  /** The {@code reseaux_porteurs} value of the E2C network. */
  public static final String E2C_NETWORK = "ecoles-de-la-deuxieme-chance";

  private DataInclusion() {}

  public static String structureId(String siteCode) {
    return SOURCE + "--" + siteCode;
  }
}
