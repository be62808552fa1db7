package fr.passerelle.prospection.contact;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.prospection.contact.ContactApi.AgendaEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The shared agenda of planned contacts, per department. */
@Path("/api/v1/prospection/agenda")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class AgendaResource {

  private final ContactService contacts;

  AgendaResource(ContactService contacts) {
    this.contacts = contacts;
  }

  @GET
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
  @Operation(
      summary = "The shared agenda of a department",
      description =
          "Contacts PLANNED by either network with employers of the department, from `from`"
              + " (default today) to `to` (default 30 days later), both inclusive (422"
              + " dates-reversed when `to` is before `from`), by day then id, cursor-paginated,"
              + " with the employer's name. A department outside the caller's territory answers an"
              + " empty page (as a search filtered on it would); an admin reads every department.")
  public Page<AgendaEntry> agenda(
      @Valid @BeanParam AgendaFilter filter, @Valid @BeanParam PageRequest page) {
    return contacts.agenda(filter, page);
  }
}
