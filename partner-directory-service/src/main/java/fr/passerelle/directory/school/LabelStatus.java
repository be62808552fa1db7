package fr.passerelle.directory.school;

/** Whether the network's label ("label E2C France") is held. */
public enum LabelStatus {
  LABELLED,
  IN_PROGRESS,
  NOT_LABELLED
}
