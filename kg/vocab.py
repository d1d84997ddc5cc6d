"""The ontology's terms as a closed namespace: a typo raises instead of minting a new term."""
from __future__ import annotations

KG_NS = "https://w3id.org/entente/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
OWL_SAMEAS = "http://www.w3.org/2002/07/owl#sameAs"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
DCT_IDENTIFIER = "http://purl.org/dc/terms/identifier"
DCT_LANGUAGE = "http://purl.org/dc/terms/language"
DCT_ISSUED = "http://purl.org/dc/terms/issued"
DCT_SOURCE = "http://purl.org/dc/terms/source"
DCT_TITLE = "http://purl.org/dc/terms/title"
TIME_HAS_BEGINNING = "http://www.w3.org/2006/time#hasBeginning"
TIME_HAS_END = "http://www.w3.org/2006/time#hasEnd"
TIME_IN_XSD = "http://www.w3.org/2006/time#inXSDDate"
TIME_INTERVAL = "http://www.w3.org/2006/time#ProperInterval"
WD_ENTITY = "http://www.wikidata.org/entity/"
XSD = "http://www.w3.org/2001/XMLSchema#"

TERMS = frozenset((
    "Actor", "Person", "Country", "Organization", "Place", "City", "Fact", "Meeting", "PhoneCall",
    "VideoCall", "InPersonMeeting", "Invitation", "Treaty", "TradeFact", "Commodity", "Article", "Evidence",
    "Conflict", "Claim", "participant", "participatedIn", "metWith", "date", "duration", "place", "inviter",
    "invitee", "invitedTo", "destination", "occasion", "timeFrame", "period", "accepted", "fulfilledBy",
    "party", "signedOn", "status", "commodity", "supplier", "buyer", "valueUSD", "changePercent", "rank",
    "tonnes", "barrelsPerDay", "cubicMetresPerYear", "mentions", "evidence", "quote", "startOffset",
    "endOffset", "extractor", "inArticle", "textLength", "hasConflict", "conflictProperty", "claim",
    "mergeReason", "role", "country", "copyOf", "independentSources",
    "about", "KnowledgeSource", "MeetingClaim", "InvitationClaim", "TreatyClaim", "TradeClaim", "endDate", "startDate",
    "issuedEstimate", "version",
))

PREFIXES = {
    "kg": KG_NS,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": XSD,
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "time": "http://www.w3.org/2006/time#",
    "wd": WD_ENTITY,
}


class _KG:
    """kg.Meeting -> the full IRI string; unknown names raise AttributeError."""

    def __getattr__(self, name: str) -> str:
        if name not in TERMS:
            raise AttributeError(f"kg:{name} is not a term of the Entente ontology")
        iri = KG_NS + name
        setattr(self, name, iri)  # kept as an attribute: the next kg.<name> is found without this call
        return iri


KG = _KG()
OWL_VERSION_INFO = "http://www.w3.org/2002/07/owl#versionInfo"
CLAIM_CLASS = {"meeting": "MeetingClaim", "invitation": "InvitationClaim", "treaty": "TreatyClaim",
               "trade": "TradeClaim"}
MEDIUM_CLASS = {"phone": "PhoneCall", "video": "VideoCall", "in_person": "InPersonMeeting"}
