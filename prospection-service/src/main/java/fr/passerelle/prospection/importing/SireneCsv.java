package fr.passerelle.prospection.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a SIRENE-style CSV extract, one establishment per line, as it goes (a broken line far down
 * the file fails the import when it is reached). Comma- or semicolon-separated (the header line
 * tells), UTF-8, with a header line; column names are compared on their letters and digits, without
 * case ({@code naf_code}, {@code NAF code} and {@code nafCode} are one column). Each field is read
 * from the first of its columns that the header has:
 *
 * <ul>
 *   <li>SIRET: {@code siret} (required);
 *   <li>name: {@code name}, {@code enseigne1Etablissement}, {@code
 *       denominationUsuelleEtablissement}, {@code denominationUniteLegale} (one of them required;
 *       the first one not empty on the line is taken);
 *   <li>NAF code: {@code naf_code}, {@code activitePrincipaleEtablissement};
 *   <li>headcount band: {@code headcount_band}, {@code trancheEffectifsEtablissement};
 *   <li>street: {@code street}, or SIRENE's {@code numeroVoieEtablissement}, {@code
 *       indiceRepetitionEtablissement}, {@code typeVoieEtablissement} and {@code
 *       libelleVoieEtablissement} put together;
 *   <li>postal code: {@code postal_code}, {@code codePostalEtablissement} (required);
 *   <li>INSEE commune code: {@code commune_code}, {@code codeCommuneEtablissement} (required);
 *   <li>{@code etatAdministratifEtablissement} (optional): {@code F}, a closed establishment, is
 *       refused.
 * </ul>
 *
 * Other columns are ignored.
 */
final class SireneCsv {

  static final List<String> SIRET = List.of("siret");
  static final List<String> NAME =
      List.of(
          "name",
          "enseigne1Etablissement",
          "denominationUsuelleEtablissement",
          "denominationUniteLegale");
  static final List<String> NAF = List.of("naf_code", "activitePrincipaleEtablissement");
  static final List<String> BAND = List.of("headcount_band", "trancheEffectifsEtablissement");
  static final List<String> STREET = List.of("street");
  static final List<String> STREET_PARTS =
      List.of(
          "numeroVoieEtablissement",
          "indiceRepetitionEtablissement",
          "typeVoieEtablissement",
          "libelleVoieEtablissement");
  static final List<String> POSTAL_CODE = List.of("postal_code", "codePostalEtablissement");
  static final List<String> COMMUNE_CODE = List.of("commune_code", "codeCommuneEtablissement");
  static final List<String> STATE = List.of("etatAdministratifEtablissement");

  private SireneCsv() {}

  /**
   * @throws ImportFailedException when the file is not CSV or its header lacks a required column
   */
  static Iterator<ImportRow> read(Reader reader) {
    CSVParser parser;
    try {
      String firstLine = peekFirstLine(reader);
      char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
      parser =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter)
              .setHeader()
              .setSkipHeaderRecord(true)
              .setTrim(true)
              .setIgnoreEmptyLines(true)
              .setAllowMissingColumnNames(true)
              .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
              .get()
              .parse(reader);
    } catch (IOException | RuntimeException e) {
      throw new ImportFailedException("the file is not readable CSV");
    }
    Columns columns = new Columns(parser.getHeaderNames());
    List<String> missing = new ArrayList<>();
    columns.require(SIRET, missing);
    columns.require(NAME, missing);
    columns.require(POSTAL_CODE, missing);
    columns.require(COMMUNE_CODE, missing);
    if (!missing.isEmpty()) {
      throw new ImportFailedException("missing column(s): " + String.join(", ", missing));
    }
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw brokenAfter(parser);
        }
      }

      @Override
      public ImportRow next() {
        try {
          return columns.row(records.next());
        } catch (UncheckedIOException | IllegalStateException e) {
          throw brokenAfter(parser);
        }
      }
    };
  }

  private static ImportFailedException brokenAfter(CSVParser parser) {
    return new ImportFailedException(
        "the file breaks off after line " + parser.getCurrentLineNumber());
  }

  /** The header line, read and given back to the parser (the reader is marked and reset). */
  private static String peekFirstLine(Reader reader) throws IOException {
    if (!reader.markSupported()) {
      throw new IllegalArgumentException("the reader must support mark");
    }
    reader.mark(64 * 1024);
    StringBuilder line = new StringBuilder();
    for (int c = reader.read(); c != -1 && c != '\n' && line.length() < 64 * 1024 - 1; ) {
      line.append((char) c);
      c = reader.read();
    }
    reader.reset();
    return line.toString();
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(x -> x == c).count();
  }

  /** Column names as compared: lower-case letters and digits only (no {@code _}, space or BOM). */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** Where each field is in this file's header. */
  private static final class Columns {

    private final Map<String, Integer> positions = new LinkedHashMap<>();

    Columns(List<String> header) {
      for (int i = 0; i < header.size(); i++) {
        positions.putIfAbsent(key(header.get(i)), i);
      }
    }

    void require(List<String> names, List<String> missing) {
      if (names.stream().noneMatch(name -> positions.containsKey(key(name)))) {
        missing.add(String.join(" or ", names));
      }
    }

    ImportRow row(CSVRecord record) {
      List<String> problems = new ArrayList<>();
      if (!record.isConsistent()) {
        problems.add(
            "the line has "
                + record.size()
                + " fields, the header "
                + record.getParser().getHeaderNames().size());
      }
      String state = first(record, STATE);
      return new ImportRow(
          (int) record.getRecordNumber() + 1,
          first(record, SIRET),
          first(record, NAME),
          first(record, NAF),
          first(record, BAND),
          street(record),
          first(record, POSTAL_CODE),
          first(record, COMMUNE_CODE),
          "F".equalsIgnoreCase(state),
          problems);
    }

    private String street(CSVRecord record) {
      String street = first(record, STREET);
      if (street != null) {
        return street;
      }
      String number = text(record, STREET_PARTS.get(0));
      String repetition = text(record, STREET_PARTS.get(1));
      String type = text(record, STREET_PARTS.get(2));
      String label = text(record, STREET_PARTS.get(3));
      StringBuilder built = new StringBuilder();
      if (number != null) {
        built.append(number);
        if (repetition != null) {
          built.append(repetition);
        }
      }
      for (String part : new String[] {type, label}) {
        if (part != null) {
          if (!built.isEmpty()) {
            built.append(' ');
          }
          built.append(part);
        }
      }
      return built.isEmpty() ? null : built.toString();
    }

    /** The first of these columns that the line fills. */
    private String first(CSVRecord record, List<String> names) {
      for (String name : names) {
        String value = text(record, name);
        if (value != null) {
          return value;
        }
      }
      return null;
    }

    private String text(CSVRecord record, String name) {
      Integer position = positions.get(key(name));
      if (position == null || position >= record.size()) {
        return null;
      }
      String value = record.get(position);
      return value == null || value.isBlank() ? null : value;
    }
  }
}
