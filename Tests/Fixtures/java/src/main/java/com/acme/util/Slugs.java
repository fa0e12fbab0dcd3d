package com.acme.util;

public final class Slugs { // @def class Slugs
    private Slugs() { // @def constructor Slugs.Slugs
    }

    public static String slugify(String text) { // @def method Slugs.slugify
        return text.trim().toLowerCase().replace(' ', '-');
    }
}
