package fr.passerelle.directory.importing;

/** A fault of the whole file: nothing of it is imported. */
class ImportFailedException extends RuntimeException {

  ImportFailedException(String message) {
    super(message, null, false, false);
  }
}
