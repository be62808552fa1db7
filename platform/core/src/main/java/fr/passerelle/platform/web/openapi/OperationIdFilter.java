package fr.passerelle.platform.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Gives every operation a readable {@code operationId}, the method name of generated clients.
 * SmallRye names each operation after its resource class and Java method ({@code
 * quarkus.smallrye-openapi.operation-id-strategy=CLASS_METHOD}, unique within a service): {@code
 * SiteResource_list} becomes {@code siteList}, {@code PathResource_admit} {@code pathAdmit}. An id
 * a resource sets itself ({@code @Operation(operationId = …)}) is kept.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OperationIdFilter implements OASFilter {

  private static final Pattern CLASS_METHOD =
      Pattern.compile("^([A-Z][A-Za-z0-9]*?)(?:Resource)?_([a-z][A-Za-z0-9]*)$");

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getOperationId() != null) {
      operation.setOperationId(readable(operation.getOperationId()));
    }
    return operation;
  }

  static String readable(String operationId) {
    Matcher classMethod = CLASS_METHOD.matcher(operationId);
    if (!classMethod.matches()) {
      return operationId;
    }
    String type = classMethod.group(1);
    String method = classMethod.group(2);
    String lowerMethod = method.toLowerCase(Locale.ROOT);
    if (type.toLowerCase(Locale.ROOT).startsWith(lowerMethod)
        && (type.length() == method.length()
            || Character.isUpperCase(type.charAt(method.length())))) {
      return lowerFirst(type); // NearbySites_nearby: nearbySites
    }
    // The type's last words the method starts with are said once: EmployerImport_importCsv is
    // employerImportCsv, AgendaResource_agenda agenda, ReservationResource_reservations
    // reservations.
    for (int word = 0; word < type.length(); word++) {
      if (Character.isUpperCase(type.charAt(word))
          && lowerMethod.startsWith(type.substring(word).toLowerCase(Locale.ROOT))) {
        return lowerFirst(type.substring(0, word) + upperFirst(method));
      }
    }
    return lowerFirst(type) + upperFirst(method);
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String upperFirst(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
