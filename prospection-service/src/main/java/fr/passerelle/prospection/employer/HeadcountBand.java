package fr.passerelle.prospection.employer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The INSEE headcount bands ("tranches d'effectif salarié") of the SIRENE register, by their codes:
 * {@code NN} unknown, {@code 00} none, {@code 01} 1–2, … {@code 53} 10,000 or more.
 */
public enum HeadcountBand {
  NN("NN"),
  NONE("00"),
  FROM_1_TO_2("01"),
  FROM_3_TO_5("02"),
  FROM_6_TO_9("03"),
  FROM_10_TO_19("11"),
  FROM_20_TO_49("12"),
  FROM_50_TO_99("21"),
  FROM_100_TO_199("22"),
  FROM_200_TO_249("31"),
  FROM_250_TO_499("32"),
  FROM_500_TO_999("41"),
  FROM_1000_TO_1999("42"),
  FROM_2000_TO_4999("51"),
  FROM_5000_TO_9999("52"),
  FROM_10000("53");

  private final String code;

  HeadcountBand(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /**
   * @throws IllegalArgumentException for a code that is not a band (a 400 when read from a request)
   */
  @JsonCreator
  public static HeadcountBand of(String code) {
    return Arrays.stream(values())
        .filter(band -> band.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not an INSEE headcount band: " + code));
  }
}
