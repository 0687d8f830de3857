using Synapse.Configuration;
using Synapse.Site;

namespace Synapse.Output.Syndication;

/// <summary>The JSON Schema (draft 2020-12) of the content API, published at <c>/api/schema.json</c>.</summary>
internal static class ApiSchema
{
    public static string Text(SiteSettings settings) =>
        Template.Replace("{{id}}", settings.AbsoluteUrl(SyndicationPaths.ApiSchema), StringComparison.Ordinal)
                .Replace("{{days}}", SyndicationRules.RefreshDays.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private const string Template = """
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "{{id}}",
  "title": "Synapse content API",
  "description": "articles.json lists every article (#/$defs/articleList); articles/<section>/<slug>.json is one article (#/$defs/article). Refresh any copy you keep at least every {{days}} days.",
  "anyOf": [{ "$ref": "#/$defs/articleList" }, { "$ref": "#/$defs/article" }],
  "$defs": {
    "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
    "url": { "type": "string", "format": "uri", "pattern": "^https?://" },
    "text": { "type": "string", "minLength": 1 },
    "evidence": { "enum": ["established", "moderate", "emerging", "investigational", null] },
    "envelope": {
      "type": "object",
      "required": ["$schema", "version", "generated", "refresh", "license"],
      "properties": {
        "$schema": { "$ref": "#/$defs/url" },
        "version": { "const": 1 },
        "generated": { "$ref": "#/$defs/date" },
        "refresh": {
          "type": "object",
          "required": ["maxAgeDays", "rule"],
          "properties": { "maxAgeDays": { "const": {{days}} }, "rule": { "$ref": "#/$defs/text" } },
          "additionalProperties": false
        },
        "license": {
          "type": "object",
          "required": ["name", "url", "summary"],
          "properties": { "name": { "$ref": "#/$defs/text" }, "url": { "$ref": "#/$defs/url" }, "summary": { "$ref": "#/$defs/text" } },
          "additionalProperties": false
        }
      }
    },
    "summaryFields": {
      "type": "object",
      "required": ["id", "title", "summary", "section", "url", "api", "embed", "reviewed", "nextReview", "evidence", "tags", "crisis"],
      "properties": {
        "id": { "type": "string", "pattern": "^[a-z0-9-]+/[a-z0-9-]+$" },
        "title": { "$ref": "#/$defs/text" },
        "summary": { "type": "string", "maxLength": 160 },
        "section": { "type": "string", "pattern": "^[a-z0-9-]+$" },
        "url": { "$ref": "#/$defs/url" },
        "api": { "$ref": "#/$defs/url" },
        "embed": { "$ref": "#/$defs/url" },
        "reviewed": { "$ref": "#/$defs/date" },
        "nextReview": { "$ref": "#/$defs/date" },
        "evidence": { "$ref": "#/$defs/evidence" },
        "tags": { "type": "array", "items": { "type": "string" } },
        "crisis": { "type": "boolean" }
      }
    },
    "articleSummary": {
      "$ref": "#/$defs/summaryFields",
      "unevaluatedProperties": false
    },
    "articleList": {
      "$ref": "#/$defs/envelope",
      "required": ["articles"],
      "properties": { "articles": { "type": "array", "items": { "$ref": "#/$defs/articleSummary" } } },
      "unevaluatedProperties": false
    },
    "section": {
      "type": "object",
      "required": ["id", "headline", "html", "text"],
      "properties": {
        "id": { "type": ["string", "null"] },
        "headline": { "type": ["string", "null"] },
        "html": { "type": "string" },
        "text": { "type": "string" }
      },
      "additionalProperties": false
    },
    "cslName": {
      "type": "object",
      "minProperties": 1,
      "properties": {
        "family": { "type": "string" }, "given": { "type": "string" }, "literal": { "type": "string" },
        "non-dropping-particle": { "type": "string" }, "dropping-particle": { "type": "string" }, "suffix": { "type": "string" }
      },
      "additionalProperties": false
    },
    "cslDate": {
      "type": "object",
      "required": ["date-parts"],
      "properties": {
        "date-parts": { "type": "array", "minItems": 1, "maxItems": 2, "items": { "type": "array", "minItems": 1, "maxItems": 3, "items": { "type": "integer" } } }
      },
      "additionalProperties": false
    },
    "cslItem": {
      "description": "A CSL-JSON item (citationstyles.org), the fields this site records.",
      "type": "object",
      "required": ["id", "type"],
      "properties": {
        "id": { "$ref": "#/$defs/text" }, "type": { "$ref": "#/$defs/text" }, "title": { "type": "string" },
        "author": { "type": "array", "items": { "$ref": "#/$defs/cslName" } },
        "editor": { "type": "array", "items": { "$ref": "#/$defs/cslName" } },
        "container-title": { "type": "string" }, "container-title-short": { "type": "string" },
        "issued": { "$ref": "#/$defs/cslDate" }, "accessed": { "$ref": "#/$defs/cslDate" },
        "DOI": { "type": "string" }, "PMID": { "type": "string" }, "URL": { "$ref": "#/$defs/url" },
        "publisher": { "type": "string" }, "publisher-place": { "type": "string" }, "volume": { "type": "string" },
        "issue": { "type": "string" }, "page": { "type": "string" }, "number": { "type": "string" },
        "genre": { "type": "string" }, "edition": { "type": "string" }
      },
      "additionalProperties": false
    },
    "article": {
      "allOf": [{ "$ref": "#/$defs/envelope" }, { "$ref": "#/$defs/summaryFields" }],
      "required": ["oembed", "evidenceLabel", "authors", "reviewer", "keyPoints", "sections", "references", "attribution", "help"],
      "properties": {
        "oembed": { "$ref": "#/$defs/url" },
        "evidenceLabel": { "type": ["string", "null"] },
        "authors": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/text" } },
        "reviewer": { "$ref": "#/$defs/text" },
        "keyPoints": { "type": "array", "items": { "$ref": "#/$defs/text" } },
        "sections": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/section" } },
        "references": { "type": "array", "items": { "$ref": "#/$defs/cslItem" } },
        "attribution": {
          "type": "object",
          "required": ["text", "url", "html"],
          "properties": { "text": { "$ref": "#/$defs/text" }, "url": { "$ref": "#/$defs/url" }, "html": { "$ref": "#/$defs/text" } },
          "additionalProperties": false
        },
        "help": {
          "type": "object",
          "required": ["url", "services"],
          "properties": {
            "url": { "$ref": "#/$defs/url" },
            "services": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["country", "name", "contact", "url"],
                "properties": { "country": { "type": "string" }, "name": { "type": "string" }, "contact": { "type": "string" }, "url": { "type": ["string", "null"] } },
                "additionalProperties": false
              }
            }
          },
          "additionalProperties": false
        }
      },
      "unevaluatedProperties": false
    }
  }
}

""";
}
