package org.usrok.fund.web.reference;

import org.usrok.fund.reference.AddMaterial;

/** Body of {@code POST /api/reference/materials}; the rules are the service command's. */
public record AddMaterialRequest(String code, String nameEn, String nameKo, String hsCodes) {

    AddMaterial toCommand() {
        return new AddMaterial(code, nameEn, nameKo, hsCodes);
    }
}
