package fr.passerelle.directory.access;

import fr.passerelle.platform.web.openapi.AugmentedRole;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Makes the API document name, on each read operation, the realm roles that make a {@link
 * DirectoryReader}, not that role, which no token carries.
 */
@ApplicationScoped
@Unremovable
public class DirectoryReaderRole implements AugmentedRole {

  @Override
  public String role() {
    return DirectoryReader.ROLE;
  }

  @Override
  public Set<String> grantedTo() {
    return DirectoryReader.GRANTED_TO;
  }
}
