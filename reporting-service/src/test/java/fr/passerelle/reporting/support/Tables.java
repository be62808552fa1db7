package fr.passerelle.reporting.support;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads indicator tables as a person would: each measure and what it shows. */
public final class Tables {

  private Tables() {}

  /** The measures of a row and what each shows ({@code "5"}, {@code "<5"}, {@code "s"}). */
  public static Map<String, String> shown(JsonPath table, int row) {
    Map<String, String> shown = new LinkedHashMap<>();
    List<Map<String, Object>> values = table.getList("rows[" + row + "].values");
    values.forEach(value -> shown.put((String) value.get("name"), (String) value.get("shown")));
    return shown;
  }
}
