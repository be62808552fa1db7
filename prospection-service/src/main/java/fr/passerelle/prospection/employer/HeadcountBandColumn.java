package fr.passerelle.prospection.employer;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a headcount band by its INSEE code, as the SIRENE register writes it. */
@Converter
class HeadcountBandColumn implements AttributeConverter<HeadcountBand, String> {

  @Override
  public String convertToDatabaseColumn(HeadcountBand band) {
    return band == null ? null : band.code();
  }

  @Override
  public HeadcountBand convertToEntityAttribute(String code) {
    return code == null ? null : HeadcountBand.of(code);
  }
}
