package fr.passerelle.directory.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the network's CSV export, one site per line, as it goes (a broken line far down the file
 * fails the import when it is reached). Columns, by header name: site_code, school_siret,
 * school_name, site_name, street, commune_code, postal_code, latitude, longitude, phone, email,
 * opening_hours, accessibility, yearly_capacity, sectors ({@code ;}-separated), status.
 */
final class CsvRows {

  static final List<String> REQUIRED_COLUMNS =
      List.of(
          "site_code",
          "school_siret",
          "school_name",
          "site_name",
          "street",
          "commune_code",
          "postal_code",
          "status");

  private CsvRows() {}

  /**
   * @throws ImportFailedException when the header lacks a required column
   */
  static Iterator<ImportRow> read(Reader reader) {
    CSVParser parser;
    try {
      parser =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setTrim(true)
              .setIgnoreEmptyLines(true)
              .get()
              .parse(reader);
    } catch (IOException | RuntimeException e) {
      throw new ImportFailedException("the file is not readable CSV");
    }
    Set<String> header = parser.getHeaderMap().keySet();
    List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
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
          throw new ImportFailedException(
              "the file breaks off after line " + parser.getCurrentLineNumber());
        }
      }

      @Override
      public ImportRow next() {
        CSVRecord record;
        try {
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new ImportFailedException(
              "the file breaks off after line " + parser.getCurrentLineNumber());
        }
        return row(record);
      }
    };
  }

  private static ImportRow row(CSVRecord record) {
    List<String> problems = new ArrayList<>();
    if (!record.isConsistent()) {
      problems.add(
          "the line has "
              + record.size()
              + " fields, the header "
              + record.getParser().getHeaderNames().size());
    }
    int line = (int) record.getRecordNumber() + 1;
    return new ImportRow(
        line,
        text(record, "site_code"),
        text(record, "school_siret"),
        text(record, "school_name"),
        text(record, "site_name"),
        text(record, "street"),
        text(record, "commune_code"),
        text(record, "postal_code"),
        decimal(record, "latitude", problems),
        decimal(record, "longitude", problems),
        text(record, "phone"),
        text(record, "email"),
        text(record, "opening_hours"),
        text(record, "accessibility"),
        integer(record, "yearly_capacity", problems),
        sectors(text(record, "sectors")),
        text(record, "status"),
        problems);
  }

  private static String text(CSVRecord record, String column) {
    if (!record.isMapped(column) || !record.isSet(column)) {
      return null;
    }
    String value = record.get(column);
    return value == null || value.isBlank() ? null : value;
  }

  private static Double decimal(CSVRecord record, String column, List<String> problems) {
    String value = text(record, column);
    if (value == null) {
      return null;
    }
    try {
      return Double.valueOf(value.replace(',', '.'));
    } catch (NumberFormatException e) {
      problems.add(column + ": not a number");
      return null;
    }
  }

  private static Integer integer(CSVRecord record, String column, List<String> problems) {
    String value = text(record, column);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      problems.add(column + ": not a whole number");
      return null;
    }
  }

  private static List<String> sectors(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
