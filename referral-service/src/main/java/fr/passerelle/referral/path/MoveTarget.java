package fr.passerelle.referral.path;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The referral a move is for, and the version the caller read: a {@code @BeanParam} of moves. */
public class MoveTarget {

  @PathParam("id")
  UUID id;

  @HeaderParam(HttpHeaders.IF_MATCH)
  @Parameter(description = "The version read (ETag); optional, refused with 412 when stale")
  String ifMatch;

  public UUID id() {
    return id;
  }

  /** Null or blank when the caller did not send one. */
  public String ifMatch() {
    return ifMatch;
  }
}
