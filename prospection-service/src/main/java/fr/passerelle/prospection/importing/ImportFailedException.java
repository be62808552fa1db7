package fr.passerelle.prospection.importing;

/** A fault of the whole file: nothing of it is imported. */
class ImportFailedException extends RuntimeException {

  ImportFailedException(String message) {
    super(message, null, false, false);
  }
}
