package fr.passerelle.directory.access;

import fr.passerelle.contracts.security.Roles;
import java.util.Set;

/**
 * Not a realm role: given by {@link ReaderRoleAugmentor} to every caller holding one of the roles
 * that may read the directory, so that read operations name one role.
 *
 * <p>{@code steering} is not a reader: its reporting is territorial, so the reads of what the
 * directory publishes (schools, sites, agencies, pairings, sessions, the data·inclusion export)
 * name it beside this role, and the referents' reads, names and contact details of people, do not.
 */
public final class DirectoryReader {

  public static final String ROLE = "directory-reader";

  static final Set<String> GRANTED_TO =
      Set.of(
          Roles.ADMIN,
          Roles.DIRECTORY_ADMIN,
          Roles.E2C_STAFF,
          Roles.PE_ADVISOR,
          Roles.PE_COMPANY_ADVISOR,
          Roles.E2C_COMPANY_OFFICER,
          Roles.PE_SYSTEM,
          Roles.PARTNER);

  private DirectoryReader() {}
}
