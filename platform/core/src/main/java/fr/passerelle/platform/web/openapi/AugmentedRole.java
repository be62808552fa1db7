package fr.passerelle.platform.web.openapi;

import java.util.Set;

/**
 * A role a service gives callers itself (a {@code SecurityIdentityAugmentor}'s, which no token
 * carries), declared as a CDI bean so that the API document names, in its place, the realm roles it
 * is given to ({@link AugmentedRolesFilter}): a reader of the document can only ask for those.
 * Annotate the bean {@code @Unremovable}: only the filter looks it up.
 */
public interface AugmentedRole {

  /** The role {@code @RolesAllowed} names. */
  String role();

  /** The realm roles that bring it. */
  Set<String> grantedTo();
}
