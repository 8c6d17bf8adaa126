package org.usrok.fund.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose body is a raw file rather than JSON: {@link RequestSizeLimit}
 * then allows the attachment limit plus a margin instead of the JSON limit, and the method reads
 * the body with {@link Uploads#read}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface FileUpload {
}
