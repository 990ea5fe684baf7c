package org.meetlinks.bootstrap;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the public keys out of the text MicroProfile JWT accepts as a verification key: PEM (public key, PKCS#1 RSA
 * public key or certificate), a JWK, a JWK set, or either of those base64-encoded. The keys come back parsed, so two
 * spellings of the same key compare equal by their encoded form.
 */
final class PublicKeys {
    private static final Pattern PEM =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private PublicKeys() {}

    /** @throws IllegalArgumentException when the text holds no key this service can read */
    static List<PublicKey> parse(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith("{")) {
                return fromJson(trimmed);
            }
            if (trimmed.contains("-----BEGIN")) {
                return fromPem(trimmed);
            }
            byte[] decoded = decodeBase64(trimmed);
            String asText = new String(decoded, StandardCharsets.UTF_8).strip();
            return asText.startsWith("{") ? fromJson(asText) : List.of(fromSpki(decoded));
        } catch (GeneralSecurityException | JsonException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "is not a public key in PEM, JWK or JWKS form (" + e.getMessage() + ")", e);
        }
    }

    private static List<PublicKey> fromPem(String text) throws GeneralSecurityException {
        List<PublicKey> keys = new ArrayList<>();
        Matcher block = PEM.matcher(text);
        while (block.find()) {
            byte[] der = Base64.getMimeDecoder().decode(block.group(2));
            switch (block.group(1)) {
                case "PUBLIC KEY" -> keys.add(fromSpki(der));
                case "RSA PUBLIC KEY" -> keys.add(fromPkcs1(der));
                case "CERTIFICATE" ->
                    keys.add(CertificateFactory.getInstance("X.509")
                            .generateCertificate(new ByteArrayInputStream(der))
                            .getPublicKey());
                default ->
                    throw new IllegalArgumentException("a PEM block of type " + block.group(1) + " is no public key");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no complete PEM block");
        }
        return keys;
    }

    private static PublicKey fromSpki(byte[] der) throws GeneralSecurityException {
        X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
        try {
            return KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (GeneralSecurityException notRsa) {
            return KeyFactory.getInstance("EC").generatePublic(spec);
        }
    }

    /** PKCS#1 RSAPublicKey: SEQUENCE { INTEGER modulus, INTEGER publicExponent }. */
    private static PublicKey fromPkcs1(byte[] der) throws GeneralSecurityException {
        DerReader sequence = new DerReader(der).enter(0x30);
        BigInteger modulus = sequence.integer();
        BigInteger exponent = sequence.integer();
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    }

    private static List<PublicKey> fromJson(String json) throws GeneralSecurityException {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        List<PublicKey> keys = new ArrayList<>();
        if (object.containsKey("keys")) {
            for (JsonValue key : object.getJsonArray("keys")) {
                keys.add(fromJwk(key.asJsonObject()));
            }
        } else {
            keys.add(fromJwk(object));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("the JWK set is empty");
        }
        return keys;
    }

    private static PublicKey fromJwk(JsonObject jwk) throws GeneralSecurityException {
        String type = jwk.getString("kty", "");
        switch (type) {
            case "RSA" -> {
                return KeyFactory.getInstance("RSA")
                        .generatePublic(
                                new RSAPublicKeySpec(unsigned(jwk.getString("n")), unsigned(jwk.getString("e"))));
            }
            case "EC" -> {
                AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
                parameters.init(new ECGenParameterSpec(curve(jwk.getString("crv"))));
                ECPoint point = new ECPoint(unsigned(jwk.getString("x")), unsigned(jwk.getString("y")));
                return KeyFactory.getInstance("EC")
                        .generatePublic(new ECPublicKeySpec(point, parameters.getParameterSpec(ECParameterSpec.class)));
            }
            default -> throw new IllegalArgumentException("a JWK of type '" + type + "' is no RSA or EC public key");
        }
    }

    private static String curve(String jwkCurve) {
        return switch (jwkCurve) {
            case "P-256" -> "secp256r1";
            case "P-384" -> "secp384r1";
            case "P-521" -> "secp521r1";
            default -> throw new IllegalArgumentException("unknown EC curve " + jwkCurve);
        };
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }

    private static byte[] decodeBase64(String text) {
        String compact = text.replaceAll("\\s", "");
        return compact.contains("-") || compact.contains("_")
                ? Base64.getUrlDecoder().decode(compact.replace("=", ""))
                : Base64.getDecoder().decode(compact);
    }
}
