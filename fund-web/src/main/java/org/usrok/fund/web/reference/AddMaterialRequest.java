package org.usrok.fund.web.reference;

import org.usrok.fund.reference.AddMaterial;

import java.io.Serializable;

/** Body of {@code POST /api/reference/materials}; the rules are the service command's. */
public record AddMaterialRequest(String code, String nameEn, String nameKo, String hsCodes) implements Serializable {

    AddMaterial toCommand() {
        return new AddMaterial(code, nameEn, nameKo, hsCodes);
    }
}
