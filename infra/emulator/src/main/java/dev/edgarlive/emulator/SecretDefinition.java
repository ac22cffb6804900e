package dev.edgarlive.emulator;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Secrets Manager secret as an {@code AWS::SecretsManager::Secret} resource of the template defines it: a value
 * that CloudFormation generates ({@code GenerateSecretString}), letters and digits of the given length.
 *
 * @param logicalId      the resource's name in the template
 * @param passwordLength the length of the generated value
 */
public record SecretDefinition(String logicalId, int passwordLength) {

    public static final String RESOURCE_TYPE = "AWS::SecretsManager::Secret";
    private static final int DEFAULT_LENGTH = 32;
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Every secret of the template, in the template's order. */
    public static Map<String, SecretDefinition> allIn(SamTemplate template) {
        Map<String, SecretDefinition> secrets = new LinkedHashMap<>();
        template.resourcesOfType(RESOURCE_TYPE).forEach((id, resource) -> secrets.put(id, new SecretDefinition(id,
                resource.optionalField("Properties").flatMap(p -> p.optionalField("GenerateSecretString"))
                        .flatMap(g -> g.optionalField("PasswordLength")).map(n -> (int) n.number())
                        .orElse(DEFAULT_LENGTH))));
        return secrets;
    }

    /** A value as CloudFormation would generate it: random letters and digits. */
    public String generateValue() {
        StringBuilder value = new StringBuilder(passwordLength);
        for (int i = 0; i < passwordLength; i++) {
            value.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return value.toString();
    }
}
